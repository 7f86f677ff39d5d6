#pragma once

#include <QtGlobal>

// Where API 2.0 nonces come from. The server refuses a repeated nonce (code 4500), so the system
// source draws from the operating system's CSPRNG rather than a seeded PRNG that two processes
// could share.
class NonceSource
{
public:
    static constexpr quint32 Minimum = 1;
    static constexpr quint32 Maximum = 0x7fffffff; // 2^31 - 1

    virtual ~NonceSource() = default;
    // A value in [Minimum, Maximum].
    virtual quint32 nextNonce() = 0;
};

class SystemNonceSource final : public NonceSource
{
public:
    quint32 nextNonce() override;
};

class FixedNonceSource final : public NonceSource
{
public:
    explicit FixedNonceSource(quint32 nonce) : m_nonce(nonce) {}
    quint32 nextNonce() override { return m_nonce; }

private:
    quint32 m_nonce;
};
