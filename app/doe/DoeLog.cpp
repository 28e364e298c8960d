#include "DoeLog.h"

Q_LOGGING_CATEGORY(lcDoeClient, "mycloud.doe")
