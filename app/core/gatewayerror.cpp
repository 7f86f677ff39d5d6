#include "gatewayerror.h"

GatewayError GatewayError::of(Kind kind, ApiGeneration generation, QString detail,
                              bool mayHaveBeenProcessed)
{
    GatewayError error;
    error.kind = kind;
    error.generation = generation;
    error.detail = std::move(detail);
    error.mayHaveBeenProcessed = mayHaveBeenProcessed;
    return error;
}

GatewayError GatewayError::malformed(ApiGeneration generation, const QString &why,
                                     const QString &requestId)
{
    GatewayError error;
    error.kind = Kind::MalformedResponse;
    error.generation = generation;
    error.requestId = requestId;
    error.detail = why;
    // The server answered, so it may well have created the key before garbling its answer.
    error.mayHaveBeenProcessed = true;
    return error;
}
