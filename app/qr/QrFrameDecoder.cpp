#include "QrFrameDecoder.h"

#include <QVideoFrame>

using namespace Qt::StringLiterals;

namespace mycloud {

QrFrameDecoder::QrFrameDecoder(QObject* parent)
    : QrFrameDecoder(QrDecoder(), parent)
{ }

QrFrameDecoder::QrFrameDecoder(const QrDecoder& decoder, QObject* parent)
    : QObject(parent)
    , m_decoder(decoder)
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"QrFrameDecoder"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

QrFrameDecoder::~QrFrameDecoder()
{
    m_thread.quit();
    m_thread.wait();
}

void QrFrameDecoder::decode(const QVideoFrame& frame)
{
    if (m_busy) {
        ++m_dropped;
        return;
    }
    m_busy = true;
    // Most frames hold no code and would pay every fallback pass: each frame gets one, in turn, so a
    // dim or inverted label is read within two frames at the cost of one pass more than a plain read.
    QrDecoder decoder = m_decoder;
    const QrDecoder::Fallback turn
        = m_accepted % 2 ? QrDecoder::Fallback::Inverted : QrDecoder::Fallback::LowContrast;
    decoder.setFallbacks(m_decoder.fallbacks() & turn);
    ++m_accepted;
    QMetaObject::invokeMethod(m_worker, [this, decoder, frame] {
        QrDecoder::Decoded result = decoder.decode(frame);
        QMetaObject::invokeMethod(this, [this, result = std::move(result), size = frame.size()] {
            m_busy = false;
            if (result)
                emit decoded(result.value(), size);
            else
                emit failed(result.error());
        });
    });
}

} // namespace mycloud
