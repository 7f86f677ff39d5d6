#pragma once

#include <QByteArray>
#include <QString>

// The complete type, not a forward declaration: clang 14 refuses a deleted function whose
// parameter or result type is incomplete.
#include <QDebug>

// A secret (an operator SecretKey, a created key secret, a session token) held as UTF-8 bytes.
//
// It has no streaming operator, so it cannot reach qDebug() or a log by accident: the deleted
// operator below turns that into a compile error. Its bytes are overwritten when the last holder
// lets go, so a secret does not linger in freed heap memory that this program owns.
class SecretString
{
public:
    SecretString() = default;
    explicit SecretString(const QString &text);
    static SecretString fromUtf8(const QByteArray &bytes);

    SecretString(const SecretString &other) = default;
    SecretString(SecretString &&other) noexcept;
    SecretString &operator=(const SecretString &other);
    SecretString &operator=(SecretString &&other) noexcept;
    ~SecretString();

    bool isEmpty() const { return m_utf8.isEmpty(); }
    // Length in characters, as the validation rules count it.
    qsizetype length() const;

    // The secret itself. Callers hand it to a signer, a keychain or a password-echo widget; never
    // to a log line or an error message.
    const QByteArray &utf8() const { return m_utf8; }
    QString toString() const { return QString::fromUtf8(m_utf8); }

    // Overwrites and forgets the bytes now rather than at destruction.
    void wipe();

    friend bool operator==(const SecretString &a, const SecretString &b) = default;

private:
    QByteArray m_utf8;
};

QDebug operator<<(QDebug debug, const SecretString &secret) = delete;

// Overwrites memory in a way the optimiser may not drop.
void secureZero(void *data, qsizetype size);

// Overwrites the bytes of a buffer that this code owns alone, then empties it.
void wipeBytes(QByteArray &bytes);
void wipeString(QString &text);
