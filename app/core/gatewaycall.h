#pragma once

#include "responseenvelope.h"

#include <QMetaType>
#include <QObject>

Q_DECLARE_METATYPE(GatewayAnswer)

// One signed action in flight. It reports exactly once, through finished(): the gateway's reply
// (read from its envelope, for the action's decoder), or an error value saying what went wrong and
// whether the gateway may have acted anyway.
//
// The sender that made it is its parent; whoever listens may deleteLater() it once it finished,
// or at any time to drop it: a call deleted while running stops its transfer and says nothing.
class GatewayCall : public QObject
{
    Q_OBJECT
public:
    ~GatewayCall() override;

    bool isFinished() const { return m_finished; }

    // Stops the call. Unless it has finished already, finished() reports Kind::Cancelled before
    // this returns, with mayHaveBeenProcessed telling whether the request had left already.
    void cancel();

signals:
    // Never emitted from inside send, so a listener connected right after sending hears it.
    void finished(const GatewayAnswer &answer);

protected:
    explicit GatewayCall(QObject *parent);

    // Emits finished() the first time; later calls are ignored.
    void finish(const GatewayAnswer &answer);

    // Stops whatever is in flight and calls finish() with a Cancelled error.
    virtual void cancelTransfer() = 0;

private:
    bool m_finished = false;
};
