#include "noncesource.h"

#include <QRandomGenerator>

quint32 SystemNonceSource::nextNonce()
{
    // bounded()'s upper end is exclusive.
    return QRandomGenerator::system()->bounded(Minimum, Maximum + 1);
}
