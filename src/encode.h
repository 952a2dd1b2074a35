/*
 * encode: the last step of an answer, on the worker thread that built it
 * (never on a loop: compression costs CPU). For a successful GET of a page,
 * feed, JSON or static file it adds the validators (an ETag from the body,
 * and Last-Modified when the handler knows it), answers 304 Not Modified to a
 * matching conditional request, and compresses with gzip (zlib) when the
 * client accepts it and the body is worth it. Event streams never pass here.
 */
#ifndef CRIER_ENCODE_H
#define CRIER_ENCODE_H

#include <stdint.h>

#include "http.h"
#include "response.h"

#define ENCODE_GZIP_MIN 1024 /* bodies smaller than this go as they are */

/* Finishes res for req (see above), with res->last_modified_ms when the
 * handler set it. */
void encode_finish(const struct http_request *req, struct response *res);

#endif
