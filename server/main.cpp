// mycloud-server: the reference server of the MyCloud API (docs/openapi.yaml).
#include "core/Identity.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <httplib.h>
#include <openssl/crypto.h>
#include <sodium.h>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    mycloud::identity::apply("mycloud-server");

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("MyCloud reference server (API %1), built with cpp-httplib %2, libsodium %3, %4.")
            .arg(QString::fromLatin1(mycloud::identity::kApiVersion), QString::fromLatin1(CPPHTTPLIB_VERSION),
                 QString::fromLatin1(sodium_version_string()),
                 QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    parser.showHelp(0);
}
