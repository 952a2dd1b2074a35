/*
 * ece: RFC 8291 (Web Push message encryption) over RFC 8188 ("aes128gcm").
 *
 * Every primitive is libcrypto's: ECDH is EVP_PKEY_derive, HKDF is the
 * EVP_KDF "HKDF", the record cipher is AES-128-GCM. What is here is the
 * framing: the header, the key schedule's inputs, records and delimiters.
 *
 * A selection is encrypted once per subscription (100,000 times), so the
 * per-message work is kept to what the RFC needs (a key generation, one
 * ECDH, four HKDF steps, one AES-GCM record): the algorithms are fetched
 * once per process, and each thread keeps its KDF, cipher and key-generation
 * contexts and a public-key template (in OpenSSL 3 making a context or
 * importing a key costs allocations, a fetch and a rebuilt group; about a
 * third of the time per message before they were kept).
 */
#include "ece.h"

#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <string.h>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/ec.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

#define TAG_LEN 16
#define CEK_LEN 16
#define NONCE_LEN 12
#define SECRET_LEN 32 /* the ECDH secret, the IKM and the PRKs: SHA-256 sized */
#define HEAD_MIN (ECE_SALT_LEN + 4 + 1)
#define RS_MIN 18 /* one byte of data, the delimiter and the tag */

/* The info strings end with a 0x00 octet: sizeof counts the NUL. */
static const char cek_info[] = "Content-Encoding: aes128gcm";
static const char nonce_info[] = "Content-Encoding: nonce";
static const char webpush_info[] = "WebPush: info";

/* ---- what every thread shares: fetched once, read-only after ---- */

/* An implicit fetch (EVP_aes_128_gcm() given to an Init, a digest named in
 * a KDF's parameters) looks the algorithm up, under a lock, on every call;
 * explicit fetches held for the process's life do it once. */
static struct {
    EC_GROUP *group;
    EVP_KDF *hkdf;
    EVP_CIPHER *gcm;
    int ok;
} algs;
static pthread_once_t algs_once = PTHREAD_ONCE_INIT;

static void algs_init(void)
{
    algs.group = EC_GROUP_new_by_curve_name(NID_X9_62_prime256v1);
    algs.hkdf = EVP_KDF_fetch(NULL, "HKDF", NULL);
    algs.gcm = EVP_CIPHER_fetch(NULL, "AES-128-GCM", NULL);
    algs.ok = algs.group && algs.hkdf && algs.gcm;
}

/* What each thread keeps (work_get, below). */
struct work {
    EVP_KDF_CTX *kdf; /* HKDF with SHA-256 set: each derive gives the rest */
    EVP_CIPHER_CTX *cipher;
    EVP_PKEY_CTX *keygen; /* P-256 key generation, initialised */
    /* A public key (the generator) whose copies take a receiver's point:
     * cheaper than an import, which builds the group again each time. */
    EVP_PKEY *pub_template;
};

/* ---- HKDF (RFC 5869) through EVP_KDF ---- */

struct span {
    const void *p;
    size_t n;
};

/* One HKDF step of mode (EVP_KDF_HKDF_MODE_*) into out[0..outlen): salt
 * (extract; NULL for expand-only), key (the IKM, or the PRK for
 * expand-only) and the info made of ninfo parts. Every call gives the info
 * again: the context keeps what it was given last. 0 or -EIO. */
static int hkdf(EVP_KDF_CTX *k, int mode, const uint8_t *salt, size_t saltlen, const uint8_t *key,
                size_t keylen, const struct span *info, int ninfo, uint8_t *out, size_t outlen)
{
    OSSL_PARAM p[8], *q = p;

    *q++ = OSSL_PARAM_construct_int(OSSL_KDF_PARAM_MODE, &mode);
    *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, (void *)key, keylen);
    if (salt)
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_SALT, (void *)salt, saltlen);
    for (int i = 0; i < ninfo && i < 4; i++) /* the parts are concatenated */
        *q++ = OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_INFO, (void *)info[i].p, info[i].n);
    *q = OSSL_PARAM_construct_end();
    return EVP_KDF_derive(k, out, outlen, p) == 1 ? 0 : -EIO;
}

/* RFC 8188 section 2.2 and 2.3: the content-encryption key and the nonce
 * base from the input keying material and the salt. */
static int content_keys(EVP_KDF_CTX *k, const uint8_t salt[ECE_SALT_LEN], const uint8_t *ikm,
                        size_t ikmlen, uint8_t cek[CEK_LEN], uint8_t nonce[NONCE_LEN])
{
    const struct span ci = {cek_info, sizeof cek_info}, ni = {nonce_info, sizeof nonce_info};
    uint8_t prk[SECRET_LEN];
    int rc = hkdf(k, EVP_KDF_HKDF_MODE_EXTRACT_ONLY, salt, ECE_SALT_LEN, ikm, ikmlen, NULL, 0, prk,
                  sizeof prk);
    if (rc == 0)
        rc = hkdf(k, EVP_KDF_HKDF_MODE_EXPAND_ONLY, NULL, 0, prk, sizeof prk, &ci, 1, cek, CEK_LEN);
    if (rc == 0)
        rc = hkdf(k, EVP_KDF_HKDF_MODE_EXPAND_ONLY, NULL, 0, prk, sizeof prk, &ni, 1, nonce,
                  NONCE_LEN);
    OPENSSL_cleanse(prk, sizeof prk);
    return rc;
}

/* ---- records (RFC 8188 section 2) ---- */

/* The nonce of record seq: the base XOR seq as a big-endian integer. */
static void record_nonce(const uint8_t base[NONCE_LEN], uint64_t seq, uint8_t iv[NONCE_LEN])
{
    memcpy(iv, base, NONCE_LEN);
    for (int i = 0; i < 8; i++)
        iv[NONCE_LEN - 1 - i] ^= (uint8_t)(seq >> (8 * i));
}

/* Encrypts in[0..n) then the delimiter into out: n + 1 bytes of ciphertext
 * and the tag. n < INT_MAX (the caller bounds records). */
static int seal_record(EVP_CIPHER_CTX *c, const uint8_t cek[CEK_LEN], const uint8_t base[NONCE_LEN],
                       uint64_t seq, const uint8_t *in, size_t n, uint8_t delim, uint8_t *out)
{
    uint8_t iv[NONCE_LEN];
    int l1 = 0, l2 = 0, l3 = 0;

    record_nonce(base, seq, iv);
    if (EVP_EncryptInit_ex2(c, algs.gcm, cek, iv, NULL) != 1 ||
        (n && EVP_EncryptUpdate(c, out, &l1, in, (int)n) != 1) ||
        EVP_EncryptUpdate(c, out + l1, &l2, &delim, 1) != 1 ||
        EVP_EncryptFinal_ex(c, out + l1 + l2, &l3) != 1 || (size_t)(l1 + l2 + l3) != n + 1 ||
        EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_GET_TAG, TAG_LEN, out + n + 1) != 1)
        return -EIO;
    return 0;
}

/* Decrypts the record in[0..n) (tag included, n > TAG_LEN) into out and
 * takes the padding off: *outn is the data's length. The delimiter must be
 * 2 in the last record and 1 in the others (a message cut after a record
 * ends with a 1). -EBADMSG when the tag or the delimiter is wrong. */
static int open_record(EVP_CIPHER_CTX *c, const uint8_t cek[CEK_LEN], const uint8_t base[NONCE_LEN],
                       uint64_t seq, const uint8_t *in, size_t n, int last, uint8_t *out,
                       size_t *outn)
{
    uint8_t iv[NONCE_LEN], tag[TAG_LEN];
    size_t ct = n - TAG_LEN, i;
    int l1 = 0, l2 = 0;

    record_nonce(base, seq, iv);
    memcpy(tag, in + ct, TAG_LEN);
    if (EVP_DecryptInit_ex2(c, algs.gcm, cek, iv, NULL) != 1 ||
        EVP_DecryptUpdate(c, out, &l1, in, (int)ct) != 1 ||
        EVP_CIPHER_CTX_ctrl(c, EVP_CTRL_GCM_SET_TAG, TAG_LEN, tag) != 1)
        return -EIO;
    if (EVP_DecryptFinal_ex(c, out + l1, &l2) != 1 || (size_t)(l1 + l2) != ct)
        return -EBADMSG;
    for (i = ct; i > 0 && out[i - 1] == 0; i--)
        ;
    if (i == 0 || out[i - 1] != (last ? 2 : 1))
        return -EBADMSG;
    *outn = i - 1;
    return 0;
}

/* Writes the records of plain[0..len) after the header already at
 * out[0..hl) (its salt first), each holding rs - 17 bytes of data or, the
 * last one, what is left. */
static int seal_body(struct work *w, const uint8_t *ikm, size_t ikmlen, uint8_t *out, size_t hl,
                     uint32_t rs, const uint8_t *plain, size_t len, size_t *out_len)
{
    uint8_t cek[CEK_LEN], nonce[NONCE_LEN];
    size_t per = rs - 1 - TAG_LEN, o = hl, done = 0;
    uint64_t seq = 0;
    int rc = content_keys(w->kdf, out, ikm, ikmlen, cek, nonce);

    while (rc == 0) {
        size_t n = len - done < per ? len - done : per;
        int last = done + n == len;
        rc = seal_record(w->cipher, cek, nonce, seq++, plain + done, n, last ? 2 : 1, out + o);
        o += n + 1 + TAG_LEN;
        done += n;
        if (last)
            break;
    }
    OPENSSL_cleanse(cek, sizeof cek);
    if (rc == 0)
        *out_len = o;
    return rc;
}

/* The length of msg's header (salt, rs, idlen, keyid), or -EINVAL. */
static int header_len(const uint8_t *msg, size_t len)
{
    if (!msg || len < HEAD_MIN || len < (size_t)HEAD_MIN + msg[HEAD_MIN - 1])
        return -EINVAL;
    return HEAD_MIN + msg[HEAD_MIN - 1];
}

static uint32_t get_be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static void put_be32(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)(v >> 24);
    p[1] = (uint8_t)(v >> 16);
    p[2] = (uint8_t)(v >> 8);
    p[3] = (uint8_t)v;
}

/* Decrypts the records after msg's header (hl bytes) into plain; on any
 * failure what was written to plain is wiped. */
static int open_body(struct work *w, const uint8_t *ikm, size_t ikmlen, const uint8_t *msg,
                     size_t len, size_t hl, uint8_t *plain, size_t *plain_len)
{
    uint8_t cek[CEK_LEN], nonce[NONCE_LEN];
    uint32_t rs = get_be32(msg + ECE_SALT_LEN);
    size_t at = hl, o = 0, got = 0;
    uint64_t seq = 0;
    int rc;

    if (rs < RS_MIN || at == len || len > INT_MAX)
        return -EINVAL;
    rc = content_keys(w->kdf, msg, ikm, ikmlen, cek, nonce);
    while (rc == 0 && at < len) {
        size_t n = len - at < rs ? len - at : rs;
        if (n <= TAG_LEN) {
            rc = -EINVAL;
            break;
        }
        rc = open_record(w->cipher, cek, nonce, seq++, msg + at, n, at + n == len, plain + o, &got);
        if (rc < 0) {
            OPENSSL_cleanse(plain, o + n - TAG_LEN);
            break;
        }
        o += got;
        at += n;
    }
    OPENSSL_cleanse(cek, sizeof cek);
    if (rc == 0)
        *plain_len = o;
    else
        OPENSSL_cleanse(plain, o);
    return rc;
}

/* ---- P-256 keys ---- */

int ece_public_of(const uint8_t priv[32], uint8_t pub[ECE_PUBLIC_LEN])
{
    BIGNUM *d;
    EC_POINT *pt = NULL;
    int rc = -EINVAL;

    pthread_once(&algs_once, algs_init);
    if (!algs.ok)
        return -EIO;
    d = BN_bin2bn(priv, 32, NULL);
    if (!d)
        return -EIO;
    /* A scalar is a key only in [1, n - 1]. */
    if (!BN_is_zero(d) && BN_cmp(d, EC_GROUP_get0_order(algs.group)) < 0) {
        pt = EC_POINT_new(algs.group);
        rc = pt && EC_POINT_mul(algs.group, pt, d, NULL, NULL, NULL) == 1 &&
                     EC_POINT_point2oct(algs.group, pt, POINT_CONVERSION_UNCOMPRESSED, pub,
                                        ECE_PUBLIC_LEN, NULL) == ECE_PUBLIC_LEN
                 ? 0
                 : -EIO;
    }
    EC_POINT_free(pt);
    BN_clear_free(d);
    ERR_clear_error();
    return rc;
}

int ece_check_public(const uint8_t ua_public[ECE_PUBLIC_LEN])
{
    EC_POINT *pt;
    int rc;

    pthread_once(&algs_once, algs_init);
    if (!algs.ok)
        return -EIO;
    /* Only the uncompressed form: it is what browsers give, and a
     * compressed point would need a different length anyway. */
    if (!ua_public || ua_public[0] != 0x04)
        return -EINVAL;
    pt = EC_POINT_new(algs.group);
    if (!pt)
        return -EIO;
    rc = EC_POINT_oct2point(algs.group, pt, ua_public, ECE_PUBLIC_LEN, NULL) == 1 &&
                 EC_POINT_is_on_curve(algs.group, pt, NULL) == 1 &&
                 !EC_POINT_is_at_infinity(algs.group, pt)
             ? 0
             : -EINVAL;
    EC_POINT_free(pt);
    ERR_clear_error();
    return rc;
}

/* An EVP_PKEY from its parts: the point pub, and the scalar priv unless
 * NULL. Importing decodes the point, which refuses one off the curve. */
static int import_key(const uint8_t *priv, const uint8_t pub[ECE_PUBLIC_LEN], EVP_PKEY **out)
{
    OSSL_PARAM_BLD *b = OSSL_PARAM_BLD_new();
    OSSL_PARAM *p = NULL;
    /* A secure BIGNUM makes the builder put the scalar where
     * OSSL_PARAM_free wipes it. */
    BIGNUM *d = priv ? BN_secure_new() : NULL;
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    int sel = priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY, rc = -EIO;

    *out = NULL;
    if (b && c && (!priv || (d && BN_bin2bn(priv, 32, d))) &&
        OSSL_PARAM_BLD_push_utf8_string(b, OSSL_PKEY_PARAM_GROUP_NAME, "prime256v1", 0) == 1 &&
        OSSL_PARAM_BLD_push_octet_string(b, OSSL_PKEY_PARAM_PUB_KEY, pub, ECE_PUBLIC_LEN) == 1 &&
        (!d || OSSL_PARAM_BLD_push_BN(b, OSSL_PKEY_PARAM_PRIV_KEY, d) == 1) &&
        (p = OSSL_PARAM_BLD_to_param(b)) != NULL && EVP_PKEY_fromdata_init(c) == 1)
        rc = EVP_PKEY_fromdata(c, out, sel, p) == 1 ? 0 : -EINVAL;
    OSSL_PARAM_free(p);
    OSSL_PARAM_BLD_free(b);
    BN_clear_free(d);
    EVP_PKEY_CTX_free(c);
    ERR_clear_error();
    return rc;
}

/* A fresh key pair for one message, and its public point. */
static int fresh_key(struct work *w, EVP_PKEY **out, uint8_t pub[ECE_PUBLIC_LEN])
{
    size_t n = 0;

    *out = NULL;
    if (EVP_PKEY_generate(w->keygen, out) == 1 &&
        EVP_PKEY_get_octet_string_param(*out, OSSL_PKEY_PARAM_PUB_KEY, pub, ECE_PUBLIC_LEN, &n) ==
            1 &&
        n == ECE_PUBLIC_LEN)
        return 0;
    EVP_PKEY_free(*out);
    *out = NULL;
    ERR_clear_error();
    return -EIO;
}

/* ---- what each thread keeps: its contexts ---- */

static _Thread_local struct work tls_work;
static pthread_key_t work_key; /* frees a thread's contexts when it ends */

static void work_free(void *p)
{
    struct work *w = p;
    EVP_KDF_CTX_free(w->kdf);
    EVP_CIPHER_CTX_free(w->cipher);
    EVP_PKEY_CTX_free(w->keygen);
    EVP_PKEY_free(w->pub_template);
    memset(w, 0, sizeof *w);
}

static void key_init(void)
{
    pthread_once(&algs_once, algs_init);
    if (pthread_key_create(&work_key, work_free) != 0)
        algs.ok = 0;
}

/* The calling thread's contexts, made on its first call: NULL when
 * libcrypto cannot give them. */
static struct work *work_get(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    struct work *w = &tls_work;
    char digest[] = "SHA256";
    OSSL_PARAM p[] = {OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
                      OSSL_PARAM_construct_end()};
    uint8_t g[ECE_PUBLIC_LEN];

    pthread_once(&once, key_init);
    if (!algs.ok)
        return NULL;
    if (w->kdf)
        return w;
    w->kdf = EVP_KDF_CTX_new(algs.hkdf);
    w->cipher = EVP_CIPHER_CTX_new();
    w->keygen = EVP_PKEY_CTX_new_from_name(NULL, "EC", NULL);
    if (!w->kdf || !w->cipher || !w->keygen || EVP_KDF_CTX_set_params(w->kdf, p) != 1 ||
        EVP_PKEY_keygen_init(w->keygen) != 1 ||
        EVP_PKEY_CTX_set_group_name(w->keygen, "P-256") != 1 ||
        EC_POINT_point2oct(algs.group, EC_GROUP_get0_generator(algs.group),
                           POINT_CONVERSION_UNCOMPRESSED, g, sizeof g, NULL) != sizeof g ||
        import_key(NULL, g, &w->pub_template) != 0 || pthread_setspecific(work_key, w) != 0) {
        work_free(w);
        ERR_clear_error();
        return NULL;
    }
    return w;
}

/* The receiver's point as a key for ECDH: -EINVAL when it is not one on
 * P-256 (setting the point decodes it, which checks the curve equation). */
static int peer_key(struct work *w, const uint8_t pub[ECE_PUBLIC_LEN], EVP_PKEY **out)
{
    *out = EVP_PKEY_dup(w->pub_template);
    if (!*out)
        return -EIO;
    if (EVP_PKEY_set1_encoded_public_key(*out, pub, ECE_PUBLIC_LEN) != 1) {
        EVP_PKEY_free(*out);
        *out = NULL;
        ERR_clear_error();
        return -EINVAL;
    }
    return 0;
}

/* RFC 8291 section 3.3 and 3.4: the IKM of the aes128gcm coding, from the
 * ECDH secret of mine and peer, and the auth secret. */
static int webpush_ikm(struct work *w, EVP_PKEY *mine, EVP_PKEY *peer,
                       const uint8_t ua_public[ECE_PUBLIC_LEN],
                       const uint8_t as_public[ECE_PUBLIC_LEN], const uint8_t auth[ECE_AUTH_LEN],
                       uint8_t ikm[SECRET_LEN])
{
    const struct span info[3] = {{webpush_info, sizeof webpush_info},
                                 {ua_public, ECE_PUBLIC_LEN},
                                 {as_public, ECE_PUBLIC_LEN}};
    EVP_PKEY_CTX *c = EVP_PKEY_CTX_new_from_pkey(NULL, mine, NULL);
    uint8_t secret[SECRET_LEN];
    size_t n = sizeof secret;
    int rc = -EIO;

    /* The peer is not validated again (validate_peer 0): its import
     * decoded the point, which puts it on the curve, and P-256's cofactor
     * is 1; a full check would cost a second scalar multiplication. */
    if (c && EVP_PKEY_derive_init(c) == 1 && EVP_PKEY_derive_set_peer_ex(c, peer, 0) == 1 &&
        EVP_PKEY_derive(c, secret, &n) == 1 && n == SECRET_LEN)
        rc = hkdf(w->kdf, EVP_KDF_HKDF_MODE_EXTRACT_AND_EXPAND, auth, ECE_AUTH_LEN, secret, n, info,
                  3, ikm, SECRET_LEN);
    EVP_PKEY_CTX_free(c);
    OPENSSL_cleanse(secret, sizeof secret);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

/* ---- the API ---- */

int ece_encrypt(const uint8_t ua_public[ECE_PUBLIC_LEN], const uint8_t auth[ECE_AUTH_LEN],
                const void *plain, size_t len, const struct ece_fixed *fixed, uint8_t *out,
                size_t *out_len)
{
    EVP_PKEY *peer = NULL, *mine = NULL;
    uint8_t ikm[SECRET_LEN], *as_public;
    struct work *w;
    int rc;

    if (!ua_public || !auth || (!plain && len) || !out || !out_len || len > ECE_PLAIN_MAX ||
        ua_public[0] != 0x04 || (fixed && (!fixed->as_private || !fixed->salt)))
        return -EINVAL;
    as_public = out + HEAD_MIN;
    if (!(w = work_get()))
        return -EIO;
    /* The header first: the salt, rs, and the sender's public key as the
     * keyid, which the key schedule reads from here. */
    if (fixed)
        memcpy(out, fixed->salt, ECE_SALT_LEN);
    else if (RAND_bytes(out, ECE_SALT_LEN) != 1)
        return -EIO;
    put_be32(out + ECE_SALT_LEN, ECE_RECORD_SIZE);
    out[ECE_SALT_LEN + 4] = ECE_PUBLIC_LEN;

    rc = peer_key(w, ua_public, &peer);
    if (rc == 0 && fixed) {
        rc = ece_public_of(fixed->as_private, as_public);
        if (rc == 0)
            rc = import_key(fixed->as_private, as_public, &mine);
    } else if (rc == 0) {
        rc = fresh_key(w, &mine, as_public);
    }
    if (rc == 0)
        rc = webpush_ikm(w, mine, peer, ua_public, as_public, auth, ikm);
    if (rc == 0)
        rc = seal_body(w, ikm, sizeof ikm, out, ECE_HEADER_LEN, ECE_RECORD_SIZE, plain, len,
                       out_len);
    OPENSSL_cleanse(ikm, sizeof ikm);
    EVP_PKEY_free(mine);
    EVP_PKEY_free(peer);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

int ece_decrypt(const uint8_t ua_private[32], const uint8_t ua_public[ECE_PUBLIC_LEN],
                const uint8_t auth[ECE_AUTH_LEN], const uint8_t *msg, size_t len, uint8_t *plain,
                size_t *plain_len)
{
    EVP_PKEY *peer = NULL, *mine = NULL;
    uint8_t ikm[SECRET_LEN], pub[ECE_PUBLIC_LEN];
    int hl = header_len(msg, len), rc;
    struct work *w;

    /* In Web Push the keyid is the sender's public key. */
    if (hl != ECE_HEADER_LEN || !ua_private || !ua_public || !auth || !plain || !plain_len)
        return -EINVAL;
    if (!(w = work_get()))
        return -EIO;
    rc = ece_public_of(ua_private, pub);
    if (rc == 0 && memcmp(pub, ua_public, ECE_PUBLIC_LEN) != 0)
        rc = -EINVAL; /* not the pair the caller thinks */
    if (rc == 0)
        rc = import_key(ua_private, ua_public, &mine);
    if (rc == 0)
        rc = peer_key(w, msg + HEAD_MIN, &peer);
    if (rc == 0)
        rc = webpush_ikm(w, mine, peer, ua_public, msg + HEAD_MIN, auth, ikm);
    if (rc == 0)
        rc = open_body(w, ikm, sizeof ikm, msg, len, (size_t)hl, plain, plain_len);
    OPENSSL_cleanse(ikm, sizeof ikm);
    EVP_PKEY_free(mine);
    EVP_PKEY_free(peer);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

int ece_encrypt_key(const uint8_t key[16], const uint8_t salt[ECE_SALT_LEN], uint32_t rs,
                    const uint8_t *keyid, size_t idlen, const void *plain, size_t len, uint8_t *out,
                    size_t *out_len)
{
    struct work *w;
    int rc;

    if (!key || !salt || rs < RS_MIN || rs > INT_MAX || idlen > 255 || (idlen && !keyid) ||
        (!plain && len) || !out || !out_len)
        return -EINVAL;
    if (!(w = work_get()))
        return -EIO;
    memcpy(out, salt, ECE_SALT_LEN);
    put_be32(out + ECE_SALT_LEN, rs);
    out[ECE_SALT_LEN + 4] = (uint8_t)idlen;
    if (idlen)
        memcpy(out + HEAD_MIN, keyid, idlen);
    rc = seal_body(w, key, 16, out, HEAD_MIN + idlen, rs, plain, len, out_len);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}

int ece_decrypt_key(const uint8_t key[16], const uint8_t *msg, size_t len, uint8_t *plain,
                    size_t *plain_len)
{
    int hl = header_len(msg, len), rc;
    struct work *w;

    if (hl < 0 || !key || !plain || !plain_len)
        return -EINVAL;
    if (!(w = work_get()))
        return -EIO;
    rc = open_body(w, key, 16, msg, len, (size_t)hl, plain, plain_len);
    if (rc < 0)
        ERR_clear_error();
    return rc;
}
