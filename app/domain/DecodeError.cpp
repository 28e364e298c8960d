#include "DecodeError.h"

namespace mycloud {

DecodeError::DecodeError(Kind kind, QString field, QString detail)
    : m_kind(kind)
    , m_field(std::move(field))
    , m_detail(std::move(detail))
{ }

const char* DecodeError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotJson: return "NotJson";
    case Kind::MissingField: return "MissingField";
    case Kind::WrongType: return "WrongType";
    case Kind::TooShort: return "TooShort";
    case Kind::TooLong: return "TooLong";
    case Kind::BadFormat: return "BadFormat";
    case Kind::BadUuid: return "BadUuid";
    case Kind::BadDateTime: return "BadDateTime";
    case Kind::BadDate: return "BadDate";
    case Kind::OutOfRange: return "OutOfRange";
    case Kind::UnknownValue: return "UnknownValue";
    }
    return "?";
}

QString DecodeError::message() const
{
    QString what;
    switch (m_kind) {
    case Kind::NotJson: what = tr("the data is not valid JSON"); break;
    case Kind::MissingField: what = tr("required field is missing"); break;
    case Kind::WrongType: what = tr("value has the wrong type"); break;
    case Kind::TooShort: what = tr("value is too short"); break;
    case Kind::TooLong: what = tr("value is too long"); break;
    case Kind::BadFormat: what = tr("value is not in the expected format"); break;
    case Kind::BadUuid: what = tr("value is not a valid identifier"); break;
    case Kind::BadDateTime: what = tr("value is not a valid date and time"); break;
    case Kind::BadDate: what = tr("value is not a valid date"); break;
    case Kind::OutOfRange: what = tr("value is out of range"); break;
    case Kind::UnknownValue: what = tr("value is not one of the allowed values"); break;
    }
    QString text = m_field.isEmpty() ? what : tr("Field “%1”: %2").arg(m_field, what);
    if (!m_detail.isEmpty())
        text += QStringLiteral(" (") + m_detail + QLatin1Char(')');
    return text;
}

} // namespace mycloud
