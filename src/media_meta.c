/*
 * media_meta: a photo's sidecar, "<id>.json" in the media store next to its
 * files. The files are named by their bytes and say nothing of the photo;
 * the sidecar keeps what a post needs to show it (its alt text, its size
 * and the names of its sizes), so that a post can refer to a photo by id.
 */
#include "media.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xmalloc.h"

#define MEDIA_META_MAX 4096 /* bytes of a sidecar */

char *media_meta_text(const struct media_result *r, const char *alt, const char *channel,
                      int64_t channel_id)
{
    json_t *sizes = json_array(), *o;
    char *text;

    for (size_t i = 0; i < r->nsizes; i++)
        json_array_append_new(
            sizes, json_pack("{s:I,s:I,s:s}", "width", (json_int_t)r->sizes[i].width, "height",
                             (json_int_t)r->sizes[i].height, "name", r->sizes[i].name));
    o = json_pack("{s:s,s:I,s:I,s:o}", "alt", alt, "width", (json_int_t)r->width, "height",
                  (json_int_t)r->height, "sizes", sizes);
    if (!o)
        return NULL;
    if (channel) {
        json_object_set_new(o, "channel", json_string(channel));
        json_object_set_new(o, "channel_id", json_integer((json_int_t)channel_id));
    }
    text = json_dumps(o, JSON_COMPACT);
    json_decref(o);
    return text;
}

/* The whole file name, NUL-terminated, into buf. 0 or -errno (-EINVAL
 * when it does not fit). */
static int file_load(struct media_store *s, const char *name, char *buf, size_t bufsz)
{
    size_t len = 0, got = 0;
    int fd, rc = 0;

    if ((rc = s->open(s, name, &fd, &len)) < 0)
        return rc;
    if (len >= bufsz) {
        close(fd);
        return -EINVAL;
    }
    while (got < len) {
        ssize_t n = read(fd, buf + got, len - got);
        if (n <= 0) {
            rc = n < 0 ? -errno : -EIO;
            break;
        }
        got += (size_t)n;
    }
    close(fd);
    buf[got] = '\0';
    return rc;
}

/* The sidecar of id, NUL-terminated, into buf. 0 or -errno. */
static int meta_load(struct media_store *s, const char *id, char *buf, size_t bufsz)
{
    char name[80];
    snprintf(name, sizeof name, "%s.json", id);
    return file_load(s, name, buf, bufsz);
}

/* url and srcset from the sizes array (narrowest first). */
static int meta_sizes(const json_t *sizes, struct media_meta *out)
{
    char srcset[MEDIA_MAX_SIZES * 96] = "", *p = srcset;
    const char *largest = NULL;
    const json_t *sz;
    size_t i;

    if (!json_is_array(sizes) || !json_array_size(sizes) ||
        json_array_size(sizes) > MEDIA_MAX_SIZES)
        return -EINVAL;
    json_array_foreach(sizes, i, sz)
    {
        const char *name = json_string_value(json_object_get(sz, "name"));
        json_int_t w = json_integer_value(json_object_get(sz, "width"));
        if (!name || !media_name_ok(name) || w <= 0 || w > 100000)
            return -EINVAL;
        p += snprintf(p, sizeof srcset - (size_t)(p - srcset), "%s/media/%s %dw", i ? ", " : "",
                      name, (int)w);
        largest = name;
    }
    out->srcset = xstrdup(srcset);
    out->url = xmalloc(8 + strlen(largest));
    snprintf(out->url, 8 + strlen(largest), "/media/%s", largest);
    return 0;
}

int media_meta_read(struct media_store *s, const char *id, struct media_meta *out)
{
    char buf[MEDIA_META_MAX];
    json_t *o;
    int rc;

    memset(out, 0, sizeof *out);
    if (!s || !id || !media_id_ok(id))
        return -EINVAL;
    if ((rc = meta_load(s, id, buf, sizeof buf)) < 0)
        return rc;
    if (!(o = json_loads(buf, 0, NULL)))
        return -EINVAL;
    const char *alt = json_string_value(json_object_get(o, "alt"));
    json_int_t w = json_integer_value(json_object_get(o, "width")),
               h = json_integer_value(json_object_get(o, "height"));
    /* whose photo: both or neither (a sidecar from before they were kept) */
    const json_t *chan = json_object_get(o, "channel"), *chan_id = json_object_get(o, "channel_id");
    const char *slug = json_string_value(chan);
    json_int_t cid = json_integer_value(chan_id);
    int owner_ok = (!chan && !chan_id) || (slug && *slug && json_is_integer(chan_id) && cid > 0);
    rc = alt && w > 0 && h > 0 && owner_ok ? meta_sizes(json_object_get(o, "sizes"), out) : -EINVAL;
    if (rc == 0) {
        out->alt = xstrdup(alt);
        out->width = (unsigned)w;
        out->height = (unsigned)h;
        out->channel = slug ? xstrdup(slug) : NULL;
        out->channel_id = slug ? (int64_t)cid : 0;
    }
    json_decref(o);
    if (rc < 0)
        media_meta_free(out);
    return rc;
}

void media_meta_free(struct media_meta *m)
{
    free(m->alt);
    free(m->url);
    free(m->srcset);
    free(m->channel);
    memset(m, 0, sizeof *m);
}

int media_photo_of(struct media_store *s, const char *name, char id[65])
{
    char ref[80], buf[80];
    int fd, rc;
    size_t len;

    if (!s || !media_name_ok(name))
        return -EINVAL;
    /* the index entry first: a size claimed by a photo stays that photo's,
     * even when another photo's largest size has the same bytes */
    snprintf(ref, sizeof ref, "%.64s.ref", name);
    rc = file_load(s, ref, buf, sizeof buf);
    if (rc == 0) {
        if (!media_id_ok(buf))
            return -EINVAL;
        memcpy(id, buf, 65);
        return 0;
    }
    if (rc != -ENOENT)
        return rc;
    snprintf(ref, sizeof ref, "%.64s.json", name);
    if ((rc = s->open(s, ref, &fd, &len)) < 0)
        return rc;
    close(fd);
    snprintf(id, 65, "%.64s", name);
    return 0;
}
