// OfflineMap: the shipped picture with the marker at its centre, or the address when it is missing.

#include "dialogs/OfflineMap.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace mycloud {

class TestOfflineMap final : public QObject
{
    Q_OBJECT

private slots:
    void placeholderWithoutThePicture()
    {
        OfflineMap map(u":/images/no-such-map.png"_s, u"12 rue de l'Industrie\n68000 Colmar"_s);
        map.show();
        QVERIFY(!map.hasImage());
        QCOMPARE(map.frameShape(), QFrame::StyledPanel);
        const auto* placeholder = map.findChild<QLabel*>(u"placeholder"_s);
        QVERIFY(placeholder && placeholder->isVisible());
        QCOMPARE(placeholder->text(), u"The map is not available.\n\n12 rue de l'Industrie\n68000 Colmar"_s);
    }

    void markerAtTheCentre()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QImage white(320, 200, QImage::Format_RGB32);
        white.fill(Qt::white);
        const QString path = dir.filePath(u"map.png"_s);
        QVERIFY(white.save(path));

        OfflineMap map(path, u"Colmar"_s);
        QVERIFY(map.hasImage());
        QVERIFY(!map.findChild<QLabel*>());
        map.resize(320, 200);
        map.show();
        const QImage shot = map.grab().toImage();
        const auto isMarker = [](QColor c) { return c.red() > 150 && c.green() < 100 && c.blue() < 100; };
        // The marker stands on the centre: red just above it, the map untouched elsewhere.
        int red = 0;
        for (int y = 70; y < 100; ++y)
            red += isMarker(shot.pixelColor(160, y)) ? 1 : 0;
        QVERIFY2(red > 5, qPrintable(u"%1 red pixels above the centre"_s.arg(red)));
        QCOMPARE(shot.pixelColor(160, 120), QColor(Qt::white));
        QCOMPARE(shot.pixelColor(10, 10), QColor(Qt::white));
    }
};

} // namespace mycloud

QTEST_MAIN(mycloud::TestOfflineMap)
#include "tst_offlinemap.moc"
