#include "oneshotbodydevice.h"

#include "secretstring.h"

#include <cstring>

OneShotBodyDevice::OneShotBodyDevice(const QByteArray &body, QObject *parent)
    : QIODevice(parent), m_body(body)
{
    // A deep copy, so that wiping it touches nobody else's bytes.
    m_body.detach();
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

OneShotBodyDevice::~OneShotBodyDevice()
{
    wipeBytes(m_body);
}

bool OneShotBodyDevice::reset()
{
    // QNAM rewinds only to send the request again, even an empty body it never read.
    m_rewindRefused = true;
    return false;
}

bool OneShotBodyDevice::seek(qint64 position)
{
    if (position < pos()) {
        m_rewindRefused = true;
        return false;
    }
    return QIODevice::seek(position);
}

qint64 OneShotBodyDevice::readData(char *data, qint64 maxSize)
{
    const qint64 offset = pos();
    const qint64 count = qMin(maxSize, m_body.size() - offset);
    if (count <= 0)
        return 0;
    std::memcpy(data, m_body.constData() + offset, static_cast<size_t>(count));
    return count;
}

qint64 OneShotBodyDevice::writeData(const char *, qint64)
{
    return -1;
}
