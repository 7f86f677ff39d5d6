#include "sensitiveclipboard.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QMimeData>
#include <QRandomGenerator>

SensitiveClipboard::SensitiveClipboard(QClipboard *clipboard, std::unique_ptr<Ticker> ticker,
                                       QObject *parent)
    : QObject(parent), m_clipboard(clipboard), m_ticker(std::move(ticker))
{
    Q_ASSERT(m_clipboard && m_ticker);
    connect(m_ticker.get(), &Ticker::ticked, this, &SensitiveClipboard::onTicked);
    connect(m_clipboard, &QClipboard::dataChanged, this, &SensitiveClipboard::onClipboardChanged);
}

SensitiveClipboard::SensitiveClipboard(QClipboard *clipboard, QObject *parent)
    : SensitiveClipboard(clipboard, std::make_unique<IntervalTicker>(), parent)
{}

SensitiveClipboard::~SensitiveClipboard()
{
    // Whoever owns us goes away (at quit, say): do not leave the value behind.
    clearNow();
}

void SensitiveClipboard::setClearAfterSeconds(int seconds)
{
    m_clearAfterSeconds = qMax(1, seconds);
}

void SensitiveClipboard::copy(const SecretString &value)
{
    if (!m_clipboard)
        return;
    // A fresh salt per value: the remembered hash says nothing about a value copied before.
    m_salt.resize(16);
    QRandomGenerator::system()->generate(m_salt.begin(), m_salt.end());
    m_hash = hashOf(value.utf8());

    auto *mime = new QMimeData;
    mime->setData(QStringLiteral("text/plain"), value.utf8());
    mime->setData(passwordManagerHintFormat(), QByteArrayLiteral("secret"));
    // The hash is set first: dataChanged, which may come at once, must find the value ours.
    m_clipboard->setMimeData(mime, QClipboard::Clipboard);

    m_secondsLeft = m_clearAfterSeconds;
    m_ticker->stop();
    m_ticker->start();
    emit copied();
    emit secondsLeftChanged(m_secondsLeft);
}

void SensitiveClipboard::copy(const QString &value)
{
    copy(SecretString(value));
}

bool SensitiveClipboard::holdsOurValue() const
{
    if (!m_clipboard || m_hash.isEmpty())
        return false;
    const QMimeData *mime = m_clipboard->mimeData(QClipboard::Clipboard);
    if (!mime || !mime->hasText())
        return false;
    QString text = mime->text();
    QByteArray utf8 = text.toUtf8();
    const bool ours = hashOf(utf8) == m_hash;
    wipeBytes(utf8);
    wipeString(text);
    return ours;
}

void SensitiveClipboard::clearNow()
{
    if (m_hash.isEmpty()) {
        stopCountdown();
        return;
    }
    const bool ours = holdsOurValue();
    // Forgotten before clearing, so the dataChanged that clearing causes finds nothing of ours.
    m_hash.clear();
    stopCountdown();
    if (ours) {
        m_clipboard->clear(QClipboard::Clipboard);
        emit cleared();
    } else {
        emit superseded();
    }
}

void SensitiveClipboard::onTicked()
{
    if (m_hash.isEmpty()) {
        stopCountdown();
        return;
    }
    if (m_secondsLeft <= 1) {
        clearNow(); // says 0 through stopCountdown()
        return;
    }
    emit secondsLeftChanged(--m_secondsLeft);
}

void SensitiveClipboard::onClipboardChanged()
{
    if (m_hash.isEmpty() || holdsOurValue())
        return;
    m_hash.clear();
    stopCountdown();
    emit superseded();
}

void SensitiveClipboard::stopCountdown()
{
    m_ticker->stop();
    if (m_secondsLeft != 0) {
        m_secondsLeft = 0;
        emit secondsLeftChanged(0);
    }
}

QByteArray SensitiveClipboard::hashOf(const QByteArray &utf8) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(m_salt);
    hash.addData(utf8);
    return hash.result();
}
