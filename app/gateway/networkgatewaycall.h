#pragma once

#include "gatewaycall.h"

#include <QElapsedTimer>
#include <QSslError>
#include <QTimer>
#include <QUrl>
#include <chrono>

class OneShotBodyDevice;
class QNetworkReply;

// An action that went to QNetworkAccessManager: watches one reply until it ends, keeps the idle
// timeout and the size cap, and turns what happened into a GatewayAnswer.
class NetworkGatewayCall final : public GatewayCall
{
    Q_OBJECT
public:
    NetworkGatewayCall(ApiGeneration generation, const QUrl &url, QObject *parent);
    ~NetworkGatewayCall() override;

    // Takes charge of a reply just handed out by QNAM, which reads the request body from `body`
    // (a child of the reply, so that it lives exactly as long as QNAM may read it).
    // Either limit at zero or less is off.
    void start(QNetworkReply *reply, const OneShotBodyDevice *body,
               std::chrono::milliseconds idleTimeout, std::chrono::milliseconds deadline);
    // Reports an error from the event loop without sending anything.
    void refuse(GatewayError error);

protected:
    void cancelTransfer() override;

private:
    // Why we stopped the transfer ourselves; QNAM reports each of them as OperationCanceledError.
    enum class Stop { None, Cancelled, TimedOut, DeadlinePassed, TooLarge };

    // From a reply's own signal: the reply goes later.
    void stop(Stop why);
    // From anywhere else: the reply goes at once, and with it anything QNAM still had queued.
    void stopNow(Stop why);
    void noteProgress();
    void onMetaDataChanged();
    void onReadyRead();
    void onDownloadProgress(qint64 received, qint64 total);
    void onFinished();
    GatewayAnswer outcome(QNetworkReply &reply);
    GatewayError error(GatewayError::Kind kind, bool mayHaveBeenProcessed, QString detail) const;
    GatewayError statusError(int status, const QNetworkReply &reply) const;
    bool requestMayHaveLeft() const;

    ApiGeneration m_generation;
    QUrl m_url;
    QNetworkReply *m_reply = nullptr;          // a child of the QNAM, which outlives every call
    const OneShotBodyDevice *m_body = nullptr; // the reply's child
    QTimer m_idleTimer;
    std::chrono::milliseconds m_idleTimeout{0};
    QTimer m_deadlineTimer;
    std::chrono::milliseconds m_deadline{0};
    QElapsedTimer m_elapsed;
    QByteArray m_answer;
    QList<QSslError> m_sslErrors;
    Stop m_stop = Stop::None;
    int m_requestsSent = 0;
    qint64 m_bytesUploaded = 0;
    bool m_answerStarted = false;
    bool m_connectionReady = false;
    bool m_tooLargeAnnounced = false;
};
