#pragma once

#include <QByteArray>
#include <QObject>
#include <memory>

struct xcb_connection_t;
class QSocketNotifier;

// The part of an X11 clipboard manager (freedesktop's ClipboardManager specification) that keeps
// the clipboard when its owner exits: the owner asks us to SAVE_TARGETS, we fetch the CLIPBOARD
// as UTF8_STRING and remember it. Qt programs do this hand-over as they end, so a value still on
// the clipboard at exit survives them here, as it would in a desktop's clipboard manager; a value
// cleared before exit does not. Its own connection to the display, driven by the event loop.
class X11ClipboardManager : public QObject
{
    Q_OBJECT
public:
    explicit X11ClipboardManager(QObject *parent = nullptr);
    ~X11ClipboardManager() override;

    // Connects to $DISPLAY and takes the CLIPBOARD_MANAGER selection.
    bool start();
    // Every value handed over so far, in order.
    QList<QByteArray> saved() const { return m_saved; }
    int handOvers() const { return m_handOvers; }

signals:
    void handedOver();

private:
    void processEvents();
    unsigned int atom(const char *name) const;

    xcb_connection_t *m_connection = nullptr;
    unsigned int m_window = 0;
    std::unique_ptr<QSocketNotifier> m_notifier;
    // The SAVE_TARGETS request being served: who asked, and where the answer goes.
    unsigned int m_requestor = 0;
    unsigned int m_requestProperty = 0;
    unsigned int m_requestTime = 0;
    QList<QByteArray> m_saved;
    int m_handOvers = 0;
};
