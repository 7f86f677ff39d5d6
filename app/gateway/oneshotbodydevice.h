#pragma once

#include <QByteArray>
#include <QIODevice>

// The body of one request, readable once from the start to the end and never rewound.
//
// QNetworkAccessManager silently re-sends a request whose connection closed before an answer
// (Qt 6.4: up to three times, whatever the method), and it rewinds the upload device to do so.
// A create must never go out twice, so this device refuses to rewind: QNAM then fails the request
// with ContentReSendError instead of sending it again. A GET gets an empty one for the same
// reason. Its bytes may hold a manual key secret and are wiped on destruction.
class OneShotBodyDevice final : public QIODevice
{
    Q_OBJECT
public:
    explicit OneShotBodyDevice(const QByteArray &body, QObject *parent = nullptr);
    ~OneShotBodyDevice() override;

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body.size(); }
    bool seek(qint64 position) override;
    bool reset() override;

    // Whether anyone asked to rewind: QNAM wanted to send the request again.
    bool rewindWasRefused() const { return m_rewindRefused; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    QByteArray m_body;
    bool m_rewindRefused = false;
};
