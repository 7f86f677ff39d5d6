#pragma once

#include <QNetworkProxyFactory>

// The system's proxy settings (environment, desktop settings), except for loopback hosts, which
// are always reached directly: a proxy's loopback is another machine's, and plain HTTP is only
// allowed because loopback traffic never leaves this one.
class LoopbackAwareProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override;
};
