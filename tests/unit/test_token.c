/* token: base64url in and out, as readers' tokens and push subscription
 * keys use it; decoding accepts exactly one text per value. */
#include "tap.h"

#include <errno.h>
#include <string.h>

#include "token.h"

static void round_trip(size_t n)
{
    unsigned char in[80], out[80];
    char text[120];
    for (size_t i = 0; i < n; i++)
        in[i] = (unsigned char)(i * 37 + n);
    token_encode(in, n, text);
    is_int(strlen(text), (n * 8 + 5) / 6, "%zu bytes encode to %zu characters", n, (n * 8 + 5) / 6);
    memset(out, 0, sizeof out);
    is_int(token_decode_n(text, out, n), 0, "%zu bytes decode", n);
    ok(memcmp(in, out, n) == 0, "%zu bytes come back", n);
}

int main(void)
{
    unsigned char k[65], a[16], t[32];
    char tok[TOKEN_LEN + 1];

    for (size_t n = 1; n <= 66; n++)
        round_trip(n);
    /* A browser's p256dh and auth, as PushSubscription.toJSON() gives them. */
    is_int(
        token_decode_n("BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZG"
                       "H6SRpkNtoIAiw4",
                       k, sizeof k),
        0, "a 65-byte key");
    is_int(k[0], 0x04, "uncompressed point");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J_aSIgg", a, sizeof a), 0, "a 16-byte auth secret");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J_aSIgg==", a, sizeof a), 0, "padding is tolerated");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J_aSIgh", a, sizeof a), -EINVAL,
           "non-zero unused bits: a second text for one value");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J_aSIg", a, sizeof a), -EINVAL, "one character short");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J_aSIggA", a, sizeof a), -EINVAL, "one too many");
    is_int(token_decode_n("BTBZMqHH6r4Tts7J+aSIgg", a, sizeof a), -EINVAL,
           "base64 '+' is not base64url");
    is_int(token_decode_n("", a, sizeof a), -EINVAL, "empty");
    is_int(token_new(tok), 0, "a new token");
    is_int(token_decode(tok, t), 0, "decodes as 32 bytes");
    is_int(token_decode_n(tok, t, 31), -EINVAL, "and not as 31");
    return done_testing();
}
