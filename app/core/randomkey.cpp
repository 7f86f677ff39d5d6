#include "randomkey.h"

#include <QRandomGenerator>

namespace {

constexpr char Alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_";
constexpr quint32 AlphabetSize = sizeof(Alphabet) - 1;

QByteArray randomCharacters(int length)
{
    QByteArray result(length, Qt::Uninitialized);
    QRandomGenerator *random = QRandomGenerator::system();
    for (char &c : result) {
        // Rejection sampling: a plain modulo would favour the first characters of the alphabet.
        quint32 value = 0;
        do {
            value = random->generate() & 0x3f;
        } while (value >= AlphabetSize);
        c = Alphabet[value];
    }
    return result;
}

} // namespace

QString RandomKey::keyId()
{
    return QString::fromLatin1(randomCharacters(KeyIdLength));
}

SecretString RandomKey::keySecret()
{
    QByteArray bytes = randomCharacters(KeySecretLength);
    SecretString secret = SecretString::fromUtf8(bytes);
    wipeBytes(bytes); // shared with the SecretString, so this only lets go of our reference
    return secret;
}
