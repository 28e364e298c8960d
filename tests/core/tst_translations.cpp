// The French catalogue is complete and compiled into mycloud_core; Translations picks it from
// the locale and falls back to English (the source language) for anything else.
#include "core/Translations.h"
#include "domain/DecodeError.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>

using namespace mycloud;
using namespace Qt::StringLiterals;

class TestTranslations final : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete()
    {
        QFile ts(QStringLiteral(MYCLOUD_SOURCE_DIR "/translations/mycloud_fr.ts"));
        QVERIFY(ts.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(ts.readAll());
        QVERIFY(text.count(u"<message>"_s) > 0);
        QCOMPARE(text.count(u"type=\"unfinished\""_s), 0);
        QCOMPARE(text.count(u"<translation></translation>"_s), 0);
    }

    void frenchLoadsFromResources()
    {
        QVERIFY(QFile::exists(u":/i18n/mycloud_fr.qm"_s));
        QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), u"fr"_s);
        const DecodeError error(DecodeError::Kind::MissingField, u"contact.email"_s);
        QCOMPARE(error.message(), u"Champ « contact.email » : champ obligatoire absent"_s);
    }

    void otherLanguagesFallBackToEnglish()
    {
        // A fresh application state: remove what the previous test installed.
        for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>())
            QCoreApplication::removeTranslator(t);
        QCOMPARE(Translations::install(QLocale(QLocale::Japanese, QLocale::Japan)), u"en"_s);
        const DecodeError error(DecodeError::Kind::MissingField, u"name"_s);
        QCOMPARE(error.message(), u"Field “name”: required field is missing"_s);
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
