#include "QrDecodeError.h"

namespace mycloud {

QrDecodeError::QrDecodeError(Kind kind, QString detail, QString path)
    : m_kind(kind)
    , m_detail(std::move(detail))
    , m_path(std::move(path))
{ }

QString QrDecodeError::message() const
{
    switch (m_kind) {
    case Kind::Unreadable: return tr("Cannot read %1 as an image: %2").arg(m_path, m_detail);
    case Kind::EmptyImage: return tr("The image is empty.");
    case Kind::UnsupportedFrame: return tr("The camera's frames cannot be read (%1).").arg(m_detail);
    case Kind::DecoderFailed: return tr("The code reader failed: %1").arg(m_detail);
    }
    return {};
}

} // namespace mycloud
