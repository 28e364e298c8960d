// A process that claims a SingleInstance, for tst_singleinstance:
//   instance_helper NAME TIMEOUT_MS [LINK...]
// Prints "primary <socket>" then, as later launches hand over, "activate" and "link <text>";
// or "handed-over" and exits 0; or "error <kind> <message>" and exits 1.
#include "core/SingleInstance.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace mycloud;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3)
        return 2;
    QTextStream out(stdout);
    SingleInstance instance(arguments.at(1));
    instance.setTimeout(arguments.at(2).toInt());
    const auto claimed = instance.claim(arguments.mid(3));
    if (!claimed) {
        out << "error " << int(claimed.error().kind()) << ' ' << claimed.error().message() << Qt::endl;
        return 1;
    }
    if (*claimed == SingleInstance::Role::HandedOver) {
        out << "handed-over" << Qt::endl;
        return 0;
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &app,
                     [&out] { out << "activate" << Qt::endl; });
    QObject::connect(&instance, &SingleInstance::linkReceived, &app,
                     [&out](const QString& link) { out << "link " << link << Qt::endl; });
    out << "primary " << instance.serverPath() << Qt::endl;
    return QCoreApplication::exec();
}
