#include "webp_loader.h"
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// Debian 12's sonames (libwebp7, libwebpmux3); the ABI versions below are the headers' own,
// which libwebp checks at run time.
static struct {
    int (*options_init)(WebPAnimEncoderOptions *, int);
    WebPAnimEncoder *(*encoder_new)(int, int, const WebPAnimEncoderOptions *, int);
    int (*encoder_add)(WebPAnimEncoder *, WebPPicture *, int, const WebPConfig *);
    int (*encoder_assemble)(WebPAnimEncoder *, WebPData *);
    const char *(*encoder_error)(WebPAnimEncoder *);
    void (*encoder_delete)(WebPAnimEncoder *);
    int (*config_init)(WebPConfig *, WebPPreset, float, int);
    int (*picture_init)(WebPPicture *, int);
    int (*picture_import_bgra)(WebPPicture *, const uint8_t *, int);
    void (*picture_free)(WebPPicture *);
    void (*free)(void *);
} webp;

static pthread_once_t opening = PTHREAD_ONCE_INIT;
static int opened = -1;

static void open_libraries(void) {
    void *codec = dlopen("libwebp.so.7", RTLD_NOW | RTLD_LOCAL);
    void *mux = dlopen("libwebpmux.so.3", RTLD_NOW | RTLD_LOCAL);
    if (codec == NULL || mux == NULL) return;
#define FIND(field, library, name) if ((*(void **)&webp.field = dlsym(library, name)) == NULL) return
    FIND(options_init, mux, "WebPAnimEncoderOptionsInitInternal");
    FIND(encoder_new, mux, "WebPAnimEncoderNewInternal");
    FIND(encoder_add, mux, "WebPAnimEncoderAdd");
    FIND(encoder_assemble, mux, "WebPAnimEncoderAssemble");
    FIND(encoder_error, mux, "WebPAnimEncoderGetError");
    FIND(encoder_delete, mux, "WebPAnimEncoderDelete");
    FIND(config_init, codec, "WebPConfigInitInternal");
    FIND(picture_init, codec, "WebPPictureInitInternal");
    FIND(picture_import_bgra, codec, "WebPPictureImportBGRA");
    FIND(picture_free, codec, "WebPPictureFree");
    FIND(free, codec, "WebPFree");
#undef FIND
    opened = 0;
}

int descent_webp_open(void) {
    pthread_once(&opening, open_libraries);
    return opened;
}

const char *descent_webp_install_hint(void) {
    return "libwebp (libwebp.so.7 and libwebpmux.so.3) is not installed: `sudo apt-get install libwebp7 libwebpmux3`";
}

int descent_WebPAnimEncoderOptionsInit(WebPAnimEncoderOptions *options) {
    return webp.options_init(options, WEBP_MUX_ABI_VERSION);
}
WebPAnimEncoder *descent_WebPAnimEncoderNew(int width, int height, const WebPAnimEncoderOptions *options) {
    return webp.encoder_new(width, height, options, WEBP_MUX_ABI_VERSION);
}
int descent_WebPAnimEncoderAdd(WebPAnimEncoder *encoder, WebPPicture *frame, int timestamp, const WebPConfig *config) {
    return webp.encoder_add(encoder, frame, timestamp, config);
}
int descent_WebPAnimEncoderAssemble(WebPAnimEncoder *encoder, WebPData *data) {
    return webp.encoder_assemble(encoder, data);
}
const char *descent_WebPAnimEncoderGetError(WebPAnimEncoder *encoder) { return webp.encoder_error(encoder); }
void descent_WebPAnimEncoderDelete(WebPAnimEncoder *encoder) { webp.encoder_delete(encoder); }
int descent_WebPConfigInit(WebPConfig *config) {
    return webp.config_init(config, WEBP_PRESET_DEFAULT, 75.f, WEBP_ENCODER_ABI_VERSION);
}
int descent_WebPPictureInit(WebPPicture *picture) { return webp.picture_init(picture, WEBP_ENCODER_ABI_VERSION); }
int descent_WebPPictureImportBGRA(WebPPicture *picture, const uint8_t *bgra, int stride) {
    return webp.picture_import_bgra(picture, bgra, stride);
}
void descent_WebPPictureFree(WebPPicture *picture) { webp.picture_free(picture); }
void descent_WebPFree(void *pointer) { webp.free(pointer); }
