#include "loopbackawareproxyfactory.h"

#include "gatewayendpoint.h"

QList<QNetworkProxy> LoopbackAwareProxyFactory::queryProxy(const QNetworkProxyQuery &query)
{
    if (isLoopbackHost(query.peerHostName()))
        return {QNetworkProxy(QNetworkProxy::NoProxy)};
    return systemProxyForQuery(query);
}
