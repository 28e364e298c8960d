// Names from the server made safe as one path component (shared by the DOE package, the document
// export and the download dialogs): exact cases, then the invariants over hostile names, each one
// created as a real file to show it stays one file in its folder.
#include "domain/SafeFileName.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace mycloud;
using namespace Qt::StringLiterals;

namespace {

// What Windows, macOS and Linux all accept as one file name, as the tests see it: checked apart
// from the implementation, so that a change there cannot make them agree by construction.
QString unsafeBecause(const QString& name)
{
    static const QRegularExpression device(
        u"^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\\$|conout\\$) *(\\..*)?$"_s,
        QRegularExpression::CaseInsensitiveOption);
    if (name.isEmpty())
        return u"empty"_s;
    if (name.startsWith(u'.') || name.at(0).isSpace())
        return u"leading dot or space"_s;
    if (name.endsWith(u'.') || name.at(name.size() - 1).isSpace())
        return u"trailing dot or space"_s;
    if (name.size() > 150)
        return u"longer than 150"_s;
    if (name.toUtf8().size() > 255)
        return u"over 255 UTF-8 bytes"_s;
    if (device.match(name).hasMatch())
        return u"device name"_s;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const QChar c = name.at(i);
        const int u = c.unicode();
        if (u < 0x20 || (u >= 0x7f && u < 0xa0) || QStringView(u"<>:\"/\\|?*").contains(c)
            || (u >= 0x202a && u <= 0x202e) || (u >= 0x2066 && u <= 0x2069) || u == 0x2028 || u == 0x2029)
            return u"character U+%1"_s.arg(u, 4, 16, QChar(u'0'));
        if (c.isHighSurrogate() && (i + 1 == name.size() || !name.at(i + 1).isLowSurrogate()))
            return u"half a character"_s;
    }
    return {};
}

} // namespace

class TestSafeFileName final : public QObject
{
    Q_OBJECT

private slots:
    void cleans_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("safe");
        QTest::newRow("plain") << u"Schéma TGBT rév 3.pdf"_s << u"Schéma TGBT rév 3.pdf"_s;
        QTest::newRow("traversal") << u"../../etc/passwd"_s << u"_.._etc_passwd"_s;
        QTest::newRow("dot dot") << u".."_s << u"fichier"_s;
        QTest::newRow("drive letter") << u"C:\\evil.pdf"_s << u"C__evil.pdf"_s;
        QTest::newRow("absolute") << u"/etc/passwd"_s << u"_etc_passwd"_s;
        QTest::newRow("hidden") << u".bashrc"_s << u"bashrc"_s;
        QTest::newRow("device") << u"CON.pdf"_s << u"_CON.pdf"_s;
        QTest::newRow("device, lower case, no extension") << u"nul"_s << u"_nul"_s;
        QTest::newRow("device with spaces before the dot") << u"aux  .txt"_s << u"_aux  .txt"_s;
        QTest::newRow("superscript port") << u"COM¹.log"_s << u"_COM¹.log"_s;
        QTest::newRow("console input") << u"CONIN$"_s << u"_CONIN$"_s;
        QTest::newRow("not a device") << u"console.pdf"_s << u"console.pdf"_s;
        QTest::newRow("trailing dots and spaces") << u"rapport. . ."_s << u"rapport"_s;
        QTest::newRow("control characters") << u"a\nb\tc\0d"_s << u"a_b_c_d"_s;
        QTest::newRow("C1 control") << u"a\u0085b"_s << u"a_b"_s;
        QTest::newRow("bidi override") << u"photo\u202Egpj.exe"_s << u"photo_gpj.exe"_s;
        QTest::newRow("line separator") << u"a\u2028b"_s << u"a_b"_s;
        QTest::newRow("reserved characters") << u"a<b>c:d\"e|f?g*h"_s << u"a_b_c_d_e_f_g_h"_s;
        QTest::newRow("empty") << QString() << u"fichier"_s;
        QTest::newRow("long, extension kept")
            << QString(300, u'x') + u".pdf"_s << QString(146, u'x') + u".pdf"_s;
        QTest::newRow("long, no trailing dot left")
            << QString(149, u'a') + u". "_s + QString(60, u'b') << QString(149, u'a');
        QTest::newRow("long accents, 255 bytes")
            << QString(200, u'é') + u".pdf"_s << QString(125, u'é') + u".pdf"_s;
        QTest::newRow("long CJK, 255 bytes") << QString(200, u'図') << QString(85, u'図');
        QTest::newRow("long emoji, never half")
            << QString(99, u'x') + u"😀"_s.repeated(60) << QString(99, u'x') + u"😀"_s.repeated(25);
    }

    void cleans()
    {
        QFETCH(QString, name);
        QFETCH(QString, safe);
        QCOMPARE(SafeFileName::component(name), safe);
        QCOMPARE(unsafeBecause(safe), QString());
    }

    void fallbackIsUsedForNothingLeft()
    {
        QCOMPARE(SafeFileName::component(u" . "_s, u"file"_s), u"file"_s);
        QCOMPARE(SafeFileName::component(u"..."_s, u"file"_s), u"file"_s);
    }

    void everyHostileNameIsOneFileInItsFolder()
    {
        // Random names from the characters that break paths, mixed with accents and long runs.
        const QList<QString> pieces{
            u"/"_s,      u"\\"_s,     u".."_s, u"."_s,  u" "_s, u":"_s,  u"C:"_s,  u"CON"_s,         u"nul"_s,
            u"\n"_s,     u"\0"_s,     u"é"_s,  u"図"_s, u"😀"_s, u"a"_s,  u"pdf"_s, u"*"_s,           u"?"_s,
            u"\u202E"_s, u"\u0085"_s, u"~"_s,  u"#"_s,  u"%"_s, u"\t"_s, u"$"_s,   QString(40, u'z')};
        QRandomGenerator random(20240611);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSet<QString> made;
        for (int i = 0; i < 3000; ++i) {
            QString name;
            const int count = random.bounded(1, 24);
            for (int p = 0; p < count; ++p)
                name += pieces[random.bounded(pieces.size())];
            const QString safe = SafeFileName::component(name);
            QVERIFY2(unsafeBecause(safe).isEmpty(), qPrintable(unsafeBecause(safe) + u": "_s + safe));
            QCOMPARE(SafeFileName::component(safe), safe); // stable: cleaning twice changes nothing
            if (made.contains(safe))
                continue;
            made.insert(safe);
            QFile file(dir.filePath(safe));
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(safe + u": "_s + file.errorString()));
            file.close();
            QCOMPARE(QFileInfo(file.fileName()).absolutePath(), QDir(dir.path()).absolutePath());
        }
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), made.size());
    }
};

QTEST_GUILESS_MAIN(TestSafeFileName)
#include "tst_safefilename.moc"
