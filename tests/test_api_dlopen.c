/* libomen.so loaded late with dlopen, as Python's ctypes and cffi load it:
 * a library whose TLS must sit in the static block (initial-exec, the
 * STATIC_TLS flag) can fail here with "cannot allocate memory in static
 * TLS block" while linking it at build time works. */
#include <dlfcn.h>
#include <stdint.h>
#include <stdio.h>

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: test_api_dlopen LIBOMEN.so\n");
        return 2;
    }
    void *lib = dlopen(argv[1], RTLD_NOW | RTLD_LOCAL);
    if (!lib) {
        fprintf(stderr, "test_api_dlopen: dlopen %s: %s\n", argv[1], dlerror());
        return 1;
    }
    int (*build)(const char *, const char *, const uint64_t *, const uint64_t *, size_t,
                 void **) = (int (*)(const char *, const char *, const uint64_t *,
                                     const uint64_t *, size_t, void **))dlsym(lib, "omen_build");
    int (*get)(const void *, uint64_t, uint64_t *) =
        (int (*)(const void *, uint64_t, uint64_t *))dlsym(lib, "omen_get");
    void (*close_h)(void *) = (void (*)(void *))dlsym(lib, "omen_close");
    if (!build || !get || !close_h) {
        fprintf(stderr, "test_api_dlopen: omen_build, omen_get or omen_close missing\n");
        return 1;
    }
    /* hotcold keeps a per-thread lock slot: its TLS is used, not only mapped. */
    static const uint64_t keys[5] = {1, 2, 3, 5, 8};
    void *h = NULL;
    uint64_t p = 0;
    if (build("hotcold", "", keys, NULL, 5, &h) != 0 || get(h, 5, &p) != 1 || p != 3) {
        fprintf(stderr, "test_api_dlopen: hotcold through the dlopened library answered wrongly\n");
        return 1;
    }
    close_h(h);
    printf("test_api_dlopen: ok\n");
    return 0;
}
