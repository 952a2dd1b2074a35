/*
 * ece: the payload encryption of Web Push, RFC 8291 over RFC 8188's
 * "aes128gcm" content coding, with OpenSSL's libcrypto (ECDH on P-256,
 * HKDF-SHA-256, AES-128-GCM); no primitive is written here.
 *
 * One message is one record: a push service takes at most 4096 bytes of
 * body, so the plaintext is at most ECE_PLAIN_MAX bytes. Each message gets a
 * fresh ECDH key pair and a fresh 16-byte salt (RFC 8291 section 3.1), unless
 * the caller gives both, which only the tests do (to reproduce RFC 8291
 * Appendix A byte for byte).
 *
 * Pure functions over the caller's buffers; any thread. Each thread keeps
 * its KDF and cipher contexts (made on its first call, freed when it ends).
 */
#ifndef CRIER_ECE_H
#define CRIER_ECE_H

#include <stddef.h>
#include <stdint.h>

#define ECE_PUBLIC_LEN 65 /* an uncompressed P-256 point: 0x04 || X || Y */
#define ECE_AUTH_LEN 16   /* the subscription's auth secret */
#define ECE_SALT_LEN 16
#define ECE_HEADER_LEN (ECE_SALT_LEN + 4 + 1 + ECE_PUBLIC_LEN) /* 86 */
#define ECE_RECORD_SIZE 4096 /* rs in the header: one record always fits it */
#define ECE_BODY_MAX 4096    /* what a push service accepts */
/* header + plaintext + the 0x02 delimiter + the 16-byte tag <= ECE_BODY_MAX */
#define ECE_PLAIN_MAX (ECE_BODY_MAX - ECE_HEADER_LEN - 1 - 16)

/* Fixed inputs for a reproducible message (tests): the sender's private key
 * (32 bytes, big-endian scalar) and the salt. */
struct ece_fixed {
    const uint8_t *as_private; /* 32 bytes */
    const uint8_t *salt;       /* ECE_SALT_LEN bytes */
};

/* Checks that ua_public is a point on P-256 (uncompressed form). 0 or
 * -EINVAL. What the API runs on a subscription's "p256dh" before storing it. */
int ece_check_public(const uint8_t ua_public[ECE_PUBLIC_LEN]);

/* The public point (uncompressed) of the private scalar priv (32 bytes,
 * big-endian): 0, -EINVAL when priv is not in [1, n - 1] (n the group's
 * order), or -EIO. For vapid's key pair and the tests' receivers. */
int ece_public_of(const uint8_t priv[32], uint8_t pub[ECE_PUBLIC_LEN]);

/* Encrypts plain (len <= ECE_PLAIN_MAX) to the subscription (ua_public,
 * auth) as one aes128gcm record, header included, into out (at least
 * ECE_HEADER_LEN + len + 17 bytes). fixed is NULL except in tests. Sets
 * *out_len. 0, -EINVAL (bad key, too long), or -EIO (libcrypto failed). */
int ece_encrypt(const uint8_t ua_public[ECE_PUBLIC_LEN], const uint8_t auth[ECE_AUTH_LEN],
                const void *plain, size_t len, const struct ece_fixed *fixed, uint8_t *out,
                size_t *out_len);

/* The receiving side (tests, and `crier push` self-checks): decrypts one
 * aes128gcm message made for the key pair (ua_private 32 bytes, ua_public)
 * and auth, into plain (at least len bytes). 0, -EINVAL (malformed, or
 * ua_public is not ua_private's), -EBADMSG (a tag does not verify, or a
 * record's delimiter is not the one its place needs: a message cut short).
 * On an error nothing decrypted is left in plain. */
int ece_decrypt(const uint8_t ua_private[32], const uint8_t ua_public[ECE_PUBLIC_LEN],
                const uint8_t auth[ECE_AUTH_LEN], const uint8_t *msg, size_t len, uint8_t *plain,
                size_t *plain_len);

/* RFC 8188 with a given 16-byte key (no ECDH), for its section 3 examples:
 * plain split into records of rs bytes (rs - 17 bytes of plaintext each, the
 * last one shorter, no padding), keyid of idlen bytes (may be 0) in the
 * header, into out (the caller sizes it: 21 + idlen + len + 17 per record).
 * 0, -EINVAL or -EIO. */
int ece_encrypt_key(const uint8_t key[16], const uint8_t salt[ECE_SALT_LEN], uint32_t rs,
                    const uint8_t *keyid, size_t idlen, const void *plain, size_t len, uint8_t *out,
                    size_t *out_len);
/* Decrypts an RFC 8188 aes128gcm message with a given key, any number of
 * records, padding removed; plain has at least len bytes. 0, -EINVAL,
 * -EBADMSG (as ece_decrypt). */
int ece_decrypt_key(const uint8_t key[16], const uint8_t *msg, size_t len, uint8_t *plain,
                    size_t *plain_len);

#endif
