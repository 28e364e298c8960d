// mycloudcmd: the client core without a GUI, for scripts, servers and CI.
#include "CommandRunner.h"
#include "core/Identity.h"
#include "core/Translations.h"

#include <QCoreApplication>
#include <QLoggingCategory>

int main(int argc, char** argv)
{
    // Only warnings on the terminal; QT_LOGGING_RULES="mycloud.*=true" shows the details.
    QLoggingCategory::setFilterRules(QStringLiteral("mycloud.*.info=false"));
    QCoreApplication app(argc, argv);
    mycloud::identity::apply("mycloudcmd");
    mycloud::Translations::install();
    mycloud::CommandRunner runner;
    return runner.run(app.arguments());
}
