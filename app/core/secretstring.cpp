#include "secretstring.h"

#include <cstring>

void secureZero(void *data, qsizetype size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}

void wipeBytes(QByteArray &bytes)
{
    // A shared buffer still belongs to another holder: overwriting it would detach and wipe a
    // fresh copy instead, so only the last holder wipes.
    if (bytes.isDetached())
        secureZero(bytes.data(), bytes.size());
    bytes.clear();
}

void wipeString(QString &text)
{
    if (text.isDetached())
        secureZero(text.data(), text.size() * qsizetype(sizeof(QChar)));
    text.clear();
}

SecretString::SecretString(const QString &text) : m_utf8(text.toUtf8())
{}

SecretString SecretString::fromUtf8(const QByteArray &bytes)
{
    SecretString secret;
    secret.m_utf8 = bytes;
    return secret;
}

SecretString::SecretString(SecretString &&other) noexcept : m_utf8(std::move(other.m_utf8))
{}

SecretString &SecretString::operator=(const SecretString &other)
{
    if (this != &other) {
        wipe();
        m_utf8 = other.m_utf8;
    }
    return *this;
}

SecretString &SecretString::operator=(SecretString &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_utf8 = std::move(other.m_utf8);
    }
    return *this;
}

SecretString::~SecretString()
{
    wipe();
}

qsizetype SecretString::length() const
{
    // Count code points without decoding into a temporary copy of the secret.
    qsizetype count = 0;
    for (const char byte : m_utf8) {
        if ((static_cast<unsigned char>(byte) & 0xC0) != 0x80)
            ++count;
    }
    return count;
}

void SecretString::wipe()
{
    wipeBytes(m_utf8);
}
