#ifndef DESCENT_WEBP_LOADER_H
#define DESCENT_WEBP_LOADER_H
// libwebp's animation encoder, opened with dlopen when an animation first asks for WebP: descent
// does not link libwebp, so it starts without it and runs every other format without it.
#include <stdint.h>
#include <webp/encode.h>
#include <webp/mux.h>

/// Opens libwebp and libwebpmux and finds every function below, once per process (any thread);
/// 0 when all are there, -1 otherwise.
int descent_webp_open(void);

/// What to install when `descent_webp_open` fails: the libraries and their Debian packages.
const char *descent_webp_install_hint(void);

// The libwebp functions descent uses, with libwebp's meaning; valid after descent_webp_open.
int descent_WebPAnimEncoderOptionsInit(WebPAnimEncoderOptions *options);
WebPAnimEncoder *descent_WebPAnimEncoderNew(int width, int height, const WebPAnimEncoderOptions *options);
int descent_WebPAnimEncoderAdd(WebPAnimEncoder *encoder, WebPPicture *frame, int timestamp, const WebPConfig *config);
int descent_WebPAnimEncoderAssemble(WebPAnimEncoder *encoder, WebPData *data);
const char *descent_WebPAnimEncoderGetError(WebPAnimEncoder *encoder);
void descent_WebPAnimEncoderDelete(WebPAnimEncoder *encoder);
int descent_WebPConfigInit(WebPConfig *config);
int descent_WebPPictureInit(WebPPicture *picture);
int descent_WebPPictureImportBGRA(WebPPicture *picture, const uint8_t *bgra, int stride);
void descent_WebPPictureFree(WebPPicture *picture);
void descent_WebPFree(void *pointer);
#endif
