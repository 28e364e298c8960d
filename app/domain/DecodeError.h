#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mycloud {

// Why a JSON document could not become a domain value, and where (a dotted path such as
// "items[3].contact.email"), so that a bad server answer or a bad request names its culprit.
class DecodeError final
{
    Q_DECLARE_TR_FUNCTIONS(DecodeError)

public:
    enum class Kind {
        NotJson, // the bytes do not parse as JSON
        MissingField, // a required key is absent
        WrongType, // present but of the wrong JSON type (null included, where not allowed)
        TooShort, // string shorter than allowed (e.g. an empty required name)
        TooLong, // string or array longer than allowed
        BadFormat, // string of the right type but not the expected shape (e-mail, hex, token)
        BadUuid, // not a canonical UUID
        BadDateTime, // not an RFC 3339 timestamp with a zone
        BadDate, // not a YYYY-MM-DD calendar date
        OutOfRange, // number outside its bounds, or not an integer where one is needed
        UnknownValue, // enum string not among the allowed values
    };

    DecodeError(Kind kind, QString field, QString detail = {});

    Kind kind() const { return m_kind; }
    const QString& field() const { return m_field; }
    const QString& detail() const { return m_detail; }

    // A translated sentence for logs and error dialogs, e.g. "Field “name”: required field is missing".
    QString message() const;

    static const char* kindName(Kind kind);

    bool operator==(const DecodeError&) const = default;

private:
    Kind m_kind;
    QString m_field;
    QString m_detail;
};

} // namespace mycloud

Q_DECLARE_METATYPE(mycloud::DecodeError::Kind)
