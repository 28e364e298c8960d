// The icon set (resources/icons) and the offline map (resources/images): every icon the UI asks for exists
// and renders, icons follow the palette (light, dark, disabled), the SVGs hold no colour of their own.

#include "style/Icons.h"

#include <QApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QImage>
#include <QPalette>
#include <QPixmap>
#include <QRegularExpression>
#include <QSet>
#include <QSvgRenderer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mycloud {

namespace {

// The names agreed with the other engineers, checked even before any page uses them.
const QStringList agreedNames = {
    u"cloud"_s,         u"cloud-download"_s, u"eye"_s,       u"eye-off"_s,      u"lock"_s,
    u"unlock"_s,        u"address-book"_s,   u"note"_s,      u"task"_s,         u"check"_s,
    u"pencil"_s,        u"trash"_s,          u"priority"_s,  u"star"_s,         u"remote-on"_s,
    u"remote-off"_s,    u"qr-code"_s,        u"scan"_s,      u"account"_s,      u"map-marker"_s,
    u"search"_s,        u"previous"_s,       u"next"_s,      u"back"_s,         u"forward"_s,
    u"zoom-in"_s,       u"zoom-out"_s,       u"fit-width"_s, u"fit-page"_s,     u"print"_s,
    u"open-external"_s, u"save"_s,           u"copy"_s,      u"call"_s,         u"mail"_s,
    u"warning"_s,       u"error"_s,          u"info"_s,      u"sync"_s,         u"offline"_s,
    u"online"_s,        u"download"_s,       u"cancel"_s,    u"menu-dots"_s,    u"photo"_s,
    u"schematic"_s,     u"quality"_s,        u"misc-file"_s, u"maintenance"_s,  u"add"_s,
    u"logout"_s,        u"settings"_s,       u"home"_s,      u"chevron-down"_s, u"chevron-right"_s,
};

QString sourceDir()
{
    return QString::fromUtf8(MYCLOUD_SOURCE_DIR);
}

// Every ui/ source file, path relative to the source tree -> text.
QHash<QString, QString> uiSources()
{
    QHash<QString, QString> sources;
    QDirIterator it(sourceDir() + u"/ui"_s, {u"*.cpp"_s, u"*.h"_s}, QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly))
            sources.insert(QDir(sourceDir()).relativeFilePath(path), QString::fromUtf8(file.readAll()));
    }
    return sources;
}

// Every icon name the sources under ui/ ask for, and one file asking for it: the u"…"_s literals in the first
// argument of Icons::get(…) or Icons::tinted(…, colour), so `Icons::get(open ? u"a"_s : u"b"_s)` counts both.
// (Names passed through a variable, as in a table of tabs, are covered by agreedNames.)
QHash<QString, QString> namesUsedInUi()
{
    static const QRegularExpression use(u"Icons::(?:get|tinted)\\(([^,;]*)"_s);
    static const QRegularExpression literal(u"u\"([^\"]*)\"_s"_s);
    QHash<QString, QString> names;
    const QHash<QString, QString> sources = uiSources();
    for (auto source = sources.cbegin(); source != sources.cend(); ++source)
        for (auto call = use.globalMatch(source.value()); call.hasNext();)
            for (auto name = literal.globalMatch(call.next().captured(1)); name.hasNext();)
                names.insert(name.next().captured(1), source.key());
    return names;
}

int opaquePixels(const QImage& image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (qAlpha(image.pixel(x, y)) > 0)
                ++count;
    return count;
}

// The most frequent colour among the fully opaque pixels (the inside of the strokes, not their antialiased
// edges).
QColor dominantColor(const QPixmap& pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    QHash<QRgb, int> counts;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (const QRgb pixel = image.pixel(x, y); qAlpha(pixel) == 255)
                ++counts[pixel];
    QRgb best = 0;
    int bestCount = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        if (it.value() > bestCount) {
            best = it.key();
            bestCount = it.value();
        }
    return QColor::fromRgba(best);
}

QPalette paletteWith(const QColor& window, const QColor& text, const QColor& disabledText)
{
    QPalette palette(text, window);
    palette.setColor(QPalette::Active, QPalette::WindowText, text);
    palette.setColor(QPalette::Inactive, QPalette::WindowText, text);
    palette.setColor(QPalette::Disabled, QPalette::WindowText, disabledText);
    return palette;
}

} // namespace

class TestIcons final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_savedPalette = QApplication::palette(); }
    void cleanup() { QApplication::setPalette(m_savedPalette); }

    void usedNamesExistAndRender_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("usedIn");
        QSet<QString> seen;
        const QHash<QString, QString> used = namesUsedInUi();
        for (auto it = used.cbegin(); it != used.cend(); ++it) {
            QTest::newRow(qPrintable(it.key())) << it.key() << it.value();
            seen.insert(it.key());
        }
        for (const QString& name : agreedNames)
            if (!seen.contains(name))
                QTest::newRow(qPrintable(name)) << name << u"the agreed set"_s;
    }

    void usedNamesExistAndRender()
    {
        QFETCH(QString, name);
        QFETCH(QString, usedIn);
        QVERIFY2(QFile::exists(u":/icons/"_s + name + u".svg"_s),
                 qPrintable(u"no resources/icons/%1.svg (used in %2)"_s.arg(name, usedIn)));
        const QIcon icon = Icons::get(name);
        QVERIFY(!icon.isNull());
        for (const int size : {16, 32}) {
            const QPixmap pixmap = icon.pixmap(QSize(size, size));
            QVERIFY(!pixmap.isNull());
            QCOMPARE(pixmap.size(), QSize(size, size));
            QVERIFY2(opaquePixels(pixmap.toImage()) > size / 2,
                     qPrintable(u"%1 renders empty at %2 px"_s.arg(name).arg(size)));
        }
    }

    // Resources named directly (the window icon, the map): u":/icons/…"_s or u":/images/…"_s under ui/.
    void resourcePathsUsedExist()
    {
        static const QRegularExpression resource(u"u\":/((?:icons|images)/[^\"]+)\"_s"_s);
        const QHash<QString, QString> sources = uiSources();
        for (auto source = sources.cbegin(); source != sources.cend(); ++source)
            for (auto match = resource.globalMatch(source.value()); match.hasNext();) {
                const QString path = u":/"_s + match.next().captured(1);
                QVERIFY2(QFile::exists(path),
                         qPrintable(u"%1 (used in %2) is not a resource"_s.arg(path, source.key())));
            }
    }

    void followsLightAndDarkPalettes()
    {
        const QColor lightText(0x1A, 0x1A, 0x2E);
        const QColor darkText(0xEE, 0xEC, 0xE0);
        QApplication::setPalette(paletteWith(Qt::white, lightText, Qt::gray));
        const QColor onLight = dominantColor(Icons::get(u"priority"_s).pixmap(QSize(64, 64)));
        QApplication::setPalette(paletteWith(QColor(0x20, 0x20, 0x24), darkText, Qt::darkGray));
        const QColor onDark = dominantColor(Icons::get(u"priority"_s).pixmap(QSize(64, 64)));
        QCOMPARE(onLight, lightText);
        QCOMPARE(onDark, darkText);
        QVERIFY(onLight != onDark);
    }

    void disabledUsesDisabledColour()
    {
        const QColor text(0x10, 0x10, 0x10);
        const QColor disabled(0x9A, 0x8B, 0x7C);
        QApplication::setPalette(paletteWith(Qt::white, text, disabled));
        QCOMPARE(dominantColor(Icons::get(u"trash"_s).pixmap(QSize(64, 64), QIcon::Disabled)), disabled);
        QCOMPARE(dominantColor(Icons::get(u"trash"_s).pixmap(QSize(64, 64), QIcon::Normal)), text);
        // A tinted icon keeps its colour, except when disabled.
        const QColor orange(0xE6, 0x7E, 0x22);
        const QIcon tinted = Icons::tinted(u"priority"_s, orange);
        QCOMPARE(dominantColor(tinted.pixmap(QSize(64, 64))), orange);
        QCOMPARE(dominantColor(tinted.pixmap(QSize(64, 64), QIcon::Disabled)), disabled);
    }

    void svgFilesAreValidAndColourless_data()
    {
        QTest::addColumn<QString>("path");
        const QDir dir(sourceDir() + u"/resources/icons"_s);
        const QStringList files = dir.entryList({u"*.svg"_s}, QDir::Files, QDir::Name);
        QVERIFY(files.size() >= agreedNames.size());
        for (const QString& file : files)
            QTest::newRow(qPrintable(file)) << dir.filePath(file);
    }

    void svgFilesAreValidAndColourless()
    {
        QFETCH(QString, path);
        const QString file = QFileInfo(path).fileName();
        QSvgRenderer renderer(path);
        QVERIFY2(renderer.isValid(), qPrintable(file));
        // The build embeds exactly this file (a missing one means: re-configure).
        QFile source(path);
        QFile embedded(u":/icons/"_s + file);
        QVERIFY(source.open(QIODevice::ReadOnly));
        QVERIFY2(embedded.open(QIODevice::ReadOnly), qPrintable(u"%1 is not in the resources"_s.arg(file)));
        QCOMPARE(embedded.readAll(), source.readAll());
        if (file == u"mycloud.svg"_s)
            return; // the application icon keeps its colours
        QVERIFY(source.seek(0));
        const QString svg = QString::fromUtf8(source.readAll());
        QVERIFY2(svg.contains(u"viewBox=\"0 0 24 24\""_s), qPrintable(u"%1: not on the 24 grid"_s.arg(file)));
        static const QRegularExpression colour(
            u"\\b(fill|stroke|color|stop-color|flood-color|lighting-color)\\s*(?:=\\s*\"|:\\s*)([^\";]*)"_s);
        for (auto match = colour.globalMatch(svg); match.hasNext();) {
            const auto found = match.next();
            const QString value = found.captured(2).trimmed();
            QVERIFY2(value == u"currentColor"_s || value == u"none"_s,
                     qPrintable(
                         u"%1: %2=\"%3\"; only currentColor or none"_s.arg(file, found.captured(1), value)));
        }
        static const QRegularExpression literal(u"#[0-9A-Fa-f]{3,8}\\b|\\brgba?\\(|<style|<image"_s);
        QVERIFY2(!literal.match(svg).hasMatch(),
                 qPrintable(u"%1 holds a literal colour or style"_s.arg(file)));
    }

    void offlineMapLoads()
    {
        const QImage map(u":/images/b2ei-map.png"_s);
        QVERIFY(!map.isNull());
        QVERIFY(map.width() >= 600);
        QVERIFY(map.height() >= 300);
    }

private:
    QPalette m_savedPalette;
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestIcons)
#include "tst_icons.moc"
