#include "CommandLine.h"

#include <cstring>

namespace mycloud {

bool CommandLine::wantsInformationOnly(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        const char* arg = argv[i];
        for (const char* option : {"--version", "-v", "--help", "-h", "-?", "--help-all"}) {
            if (std::strcmp(arg, option) == 0)
                return true;
        }
    }
    return false;
}

} // namespace mycloud
