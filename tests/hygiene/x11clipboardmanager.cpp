#include "x11clipboardmanager.h"

#include <QSocketNotifier>
#include <cstdlib>
#include <cstring>
#include <xcb/xcb.h>

namespace {

struct FreeDeleter
{
    void operator()(void *p) const { std::free(p); }
};
template <typename T> using XcbReply = std::unique_ptr<T, FreeDeleter>;

} // namespace

X11ClipboardManager::X11ClipboardManager(QObject *parent) : QObject(parent)
{}

X11ClipboardManager::~X11ClipboardManager()
{
    m_notifier.reset();
    if (m_connection)
        xcb_disconnect(m_connection);
}

unsigned int X11ClipboardManager::atom(const char *name) const
{
    const XcbReply<xcb_intern_atom_reply_t> reply(xcb_intern_atom_reply(
        m_connection,
        xcb_intern_atom(m_connection, 0, static_cast<uint16_t>(std::strlen(name)), name), nullptr));
    return reply ? reply->atom : xcb_atom_t(XCB_ATOM_NONE);
}

bool X11ClipboardManager::start()
{
    int screenNumber = 0;
    m_connection = xcb_connect(nullptr, &screenNumber);
    if (!m_connection || xcb_connection_has_error(m_connection))
        return false;
    xcb_screen_iterator_t screens = xcb_setup_roots_iterator(xcb_get_setup(m_connection));
    for (int i = 0; i < screenNumber && screens.rem > 0; ++i)
        xcb_screen_next(&screens);
    if (!screens.data)
        return false;
    m_window = xcb_generate_id(m_connection);
    xcb_create_window(m_connection, XCB_COPY_FROM_PARENT, m_window, screens.data->root, 0, 0, 1, 1,
                      0, XCB_WINDOW_CLASS_INPUT_ONLY, screens.data->root_visual, 0, nullptr);
    const xcb_atom_t manager = atom("CLIPBOARD_MANAGER");
    xcb_set_selection_owner(m_connection, m_window, manager, XCB_CURRENT_TIME);
    const XcbReply<xcb_get_selection_owner_reply_t> owner(xcb_get_selection_owner_reply(
        m_connection, xcb_get_selection_owner(m_connection, manager), nullptr));
    if (!owner || owner->owner != m_window)
        return false;

    m_notifier = std::make_unique<QSocketNotifier>(xcb_get_file_descriptor(m_connection),
                                                   QSocketNotifier::Read);
    connect(m_notifier.get(), &QSocketNotifier::activated, this,
            &X11ClipboardManager::processEvents);
    processEvents();
    return true;
}

void X11ClipboardManager::processEvents()
{
    const xcb_atom_t manager = atom("CLIPBOARD_MANAGER");
    const xcb_atom_t saveTargets = atom("SAVE_TARGETS");
    while (xcb_generic_event_t *raw = xcb_poll_for_event(m_connection)) {
        const XcbReply<xcb_generic_event_t> event(raw);
        switch (event->response_type & ~0x80) {
        case XCB_SELECTION_REQUEST: {
            const auto *request = reinterpret_cast<xcb_selection_request_event_t *>(raw);
            if (request->selection == manager && request->target == saveTargets) {
                m_requestor = request->requestor;
                m_requestProperty = request->property;
                m_requestTime = request->time;
                // What the owner leaves behind, as text: what a paste would give.
                xcb_convert_selection(m_connection, m_window, atom("CLIPBOARD"),
                                      atom("UTF8_STRING"), atom("APIGW_TEST_SAVED"),
                                      XCB_CURRENT_TIME);
                xcb_flush(m_connection);
            }
            break;
        }
        case XCB_SELECTION_NOTIFY: {
            const auto *notify = reinterpret_cast<xcb_selection_notify_event_t *>(raw);
            if (notify->requestor != m_window || !m_requestor)
                break;
            if (notify->property != XCB_ATOM_NONE) {
                const XcbReply<xcb_get_property_reply_t> value(xcb_get_property_reply(
                    m_connection,
                    xcb_get_property(m_connection, 1, m_window, notify->property,
                                     XCB_GET_PROPERTY_TYPE_ANY, 0, 1 << 20),
                    nullptr));
                if (value && value->type != atom("INCR")) {
                    m_saved.append(
                        QByteArray(static_cast<const char *>(xcb_get_property_value(value.get())),
                                   xcb_get_property_value_length(value.get())));
                }
            }
            // Done: the owner may go.
            xcb_selection_notify_event_t done;
            std::memset(&done, 0, sizeof done);
            done.response_type = XCB_SELECTION_NOTIFY;
            done.time = m_requestTime;
            done.requestor = m_requestor;
            done.selection = manager;
            done.target = saveTargets;
            done.property = m_requestProperty;
            xcb_send_event(m_connection, 0, m_requestor, XCB_EVENT_MASK_NO_EVENT,
                           reinterpret_cast<const char *>(&done));
            xcb_flush(m_connection);
            m_requestor = 0;
            ++m_handOvers;
            emit handedOver();
            break;
        }
        default:
            break;
        }
    }
}
