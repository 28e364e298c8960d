#pragma once

#include "QrDecoder.h"

#include <QObject>
#include <QSize>
#include <QThread>

class QVideoFrame;

namespace mycloud {

// Decodes camera frames on a worker thread, one at a time: a frame that arrives while another is
// still being decoded is dropped (and counted), never queued, so the results never lag behind the
// camera. Each frame gets the decoder's fallback passes one at a time, in turn. Results come back on
// the thread this object lives in. Feed it from QVideoSink::videoFrameChanged with a connection that
// runs in this object's thread.
class QrFrameDecoder final : public QObject
{
    Q_OBJECT

public:
    explicit QrFrameDecoder(QObject* parent = nullptr);
    explicit QrFrameDecoder(const QrDecoder& decoder, QObject* parent = nullptr);
    ~QrFrameDecoder() override;

    void decode(const QVideoFrame& frame);

    bool isBusy() const { return m_busy; }
    qint64 framesAccepted() const { return m_accepted; }
    qint64 framesDropped() const { return m_dropped; }

signals:
    // `codes` may be empty; `frameSize` is the space of their corners.
    void decoded(const QList<mycloud::QrCode>& codes, const QSize& frameSize);
    void failed(const mycloud::QrDecodeError& error);

private:
    const QrDecoder m_decoder;
    QThread m_thread;
    QObject* m_worker; // lives in m_thread: the context its decodes run in
    // Only touched in this object's thread: set when a frame is handed over, cleared when its
    // result is delivered, so a result waiting in the event queue still counts as in flight.
    bool m_busy = false;
    qint64 m_accepted = 0;
    qint64 m_dropped = 0;
};

} // namespace mycloud
