#include "faultinjector.h"

#include "emulatorlogging.h"
#include "httpconnection.h"

#include <QTimer>

using Fault = GatewayEmulator::Fault;

void FaultInjector::setFault(Fault fault, std::chrono::milliseconds delay)
{
    m_fault = fault;
    m_delay = delay;
}

bool FaultInjector::actsOnRequests() const
{
    return m_fault == Fault::None || m_fault == Fault::Delay || m_fault == Fault::StallMidBody ||
           m_fault == Fault::SeeOther || m_fault == Fault::Trickle;
}

void FaultInjector::deliver(HttpConnection &connection, const HttpResponse &answer,
                            const QUrl &otherOrigin) const
{
    if (m_fault != Fault::None)
        qCDebug(lcEmulator) << "injecting fault" << m_fault;
    switch (m_fault) {
    case Fault::None:
        connection.respond(answer);
        return;
    case Fault::Delay:
        // The connection is the timer's context: if the client gives up and the connection
        // goes away first, nothing fires.
        QTimer::singleShot(m_delay, &connection,
                           [&connection, answer] { connection.respond(answer); });
        return;
    case Fault::StallMidBody:
        connection.respondPartially(answer, answer.body.size() / 2);
        return;
    case Fault::Http500Html:
        connection.respond(htmlErrorPage());
        return;
    case Fault::MalformedJson:
        connection.respond(malformedJson());
        return;
    case Fault::OversizedBody:
        connection.respond(oversizedBody());
        return;
    case Fault::RedirectOtherOrigin:
        connection.respond(redirect(otherOrigin));
        return;
    case Fault::CloseWithoutAnswer:
        connection.closeWithoutAnswer();
        return;
    case Fault::SeeOther:
        connection.respond(seeOther());
        return;
    case Fault::Trickle:
        connection.respondTrickling(answer, m_delay);
        return;
    }
}

HttpResponse FaultInjector::htmlErrorPage()
{
    HttpResponse response;
    response.status = 500;
    response.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    response.body = "<!DOCTYPE html>\n<html><head><title>500 Internal Server Error</title></head>\n"
                    "<body><h1>500 Internal Server Error</h1><p>The gateway is having a bad "
                    "day.</p></body></html>\n";
    return response;
}

HttpResponse FaultInjector::malformedJson()
{
    // Looks like the start of an answer, then breaks off: a parser must not take it for one.
    return HttpResponse::json(R"({"Response":{"Result":{"AccessKeyId":"AKID)");
}

HttpResponse FaultInjector::oversizedBody()
{
    // Valid JSON, so that only the size can be the reason to refuse it.
    QByteArray body = R"({"Response":{"Padding":")";
    body.append(OversizedBodySize - body.size() - 4, 'x');
    body.append(R"("}})");
    body.append('\n');
    return HttpResponse::json(std::move(body));
}

HttpResponse FaultInjector::seeOther()
{
    // Same origin, so that only the status can be the reason not to follow it.
    HttpResponse response = HttpResponse::text(303, "See Other");
    response.headers.append({QByteArrayLiteral("Location"), QByteArrayLiteral("/result")});
    return response;
}

HttpResponse FaultInjector::redirect(const QUrl &location)
{
    HttpResponse response = HttpResponse::text(307, "Temporary Redirect");
    response.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return response;
}
