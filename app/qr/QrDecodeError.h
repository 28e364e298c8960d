#pragma once

#include <QCoreApplication>
#include <QString>

namespace mycloud {

// Why an image or a frame could not be searched for codes, as a value. Finding no code is not an
// error: that is an empty list.
class QrDecodeError final
{
    Q_DECLARE_TR_FUNCTIONS(QrDecodeError)

public:
    enum class Kind {
        Unreadable, // the file is missing, not an image, or damaged: see detail()
        EmptyImage, // a null image or a frame without pixels
        UnsupportedFrame, // the frame cannot be mapped nor converted (a GPU-only format)
        DecoderFailed, // ZXing refused the input: see detail()
    };

    explicit QrDecodeError(Kind kind, QString detail = {}, QString path = {});

    Kind kind() const { return m_kind; }
    const QString& detail() const { return m_detail; }
    const QString& path() const { return m_path; }

    // A translated sentence for the user.
    QString message() const;

    bool operator==(const QrDecodeError&) const = default;

private:
    Kind m_kind;
    QString m_detail;
    QString m_path;
};

} // namespace mycloud
