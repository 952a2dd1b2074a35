/*
 * jobs: periods, the first start, no overlapping steps, and stop.
 *
 * The checks hold on a machine of any speed: a start is never before its
 * slot (first_ms + k * period_ms after jobs_start), a step never overlaps
 * the same job's previous one, and nothing starts after stop. How many
 * starts fit in the window depends on the machine and is not asserted
 * beyond "at least one".
 */
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <unistd.h>
#include <uv.h>

#include "jobs.h"
#include "tap.h"

#define STARTS_MAX 64

struct trace {
    atomic_int n;
    uint64_t start_ms[STARTS_MAX], end_ms[STARTS_MAX];
};

static struct trace quick, slow;
static atomic_int slow_running, overlap;

/* The same clock as uv_now() is read from, never behind it. */
static uint64_t now_ms(void)
{
    return uv_hrtime() / 1000000;
}

static int trace_begin(struct trace *t)
{
    int i = atomic_load(&t->n);
    if (i < STARTS_MAX)
        t->start_ms[i] = now_ms();
    return i;
}

static void trace_end(struct trace *t, int i)
{
    if (i < STARTS_MAX)
        t->end_ms[i] = now_ms();
    atomic_fetch_add(&t->n, 1);
}

static void quick_step(void *arg)
{
    (void)arg;
    trace_end(&quick, trace_begin(&quick));
}

static void slow_step(void *arg)
{
    (void)arg;
    if (atomic_fetch_add(&slow_running, 1) != 0)
        overlap = 1;
    int i = trace_begin(&slow);
    usleep(250 * 1000); /* longer than its period */
    trace_end(&slow, i);
    atomic_fetch_sub(&slow_running, 1);
}

static uint64_t stopped_ms;

static void on_stop(uv_timer_t *t)
{
    jobs_stop(t->data);
    stopped_ms = now_ms();
    uv_close((uv_handle_t *)t, NULL);
}

/* Each start at or after its own slot: the k-th start takes a slot k or later. */
static int starts_on_slots(const struct trace *t, uint64_t base, unsigned first, unsigned period)
{
    int n = atomic_load(&t->n) < STARTS_MAX ? atomic_load(&t->n) : STARTS_MAX;
    for (int k = 0; k < n; k++)
        if (t->start_ms[k] < base + first + (uint64_t)k * period) {
            printf("# start %d at %llu ms, its earliest slot %llu ms\n", k,
                   (unsigned long long)(t->start_ms[k] - base),
                   (unsigned long long)(first + (uint64_t)k * period));
            return 0;
        }
    return 1;
}

int main(void)
{
    uv_loop_t loop;
    struct jobs js;
    uv_timer_t stop;
    struct job table[] = {
        {.name = "quick", .period_ms = 50, .first_ms = 300, .step = quick_step},
        {.name = "slow", .period_ms = 50, .first_ms = 0, .step = slow_step},
    };

    uv_loop_init(&loop);
    uv_update_time(&loop);
    uint64_t base = uv_now(&loop); /* what jobs_start counts the slots from */
    is_int(jobs_start(&js, &loop, table, 2), 0, "started");
    uv_timer_init(&loop, &stop);
    stop.data = &js;
    uv_timer_start(&stop, on_stop, 1000, 0);
    uv_run(&loop, UV_RUN_DEFAULT); /* returns once stopped and the last steps are done */

    /* The quick job's first slot (300 ms) is due before the stop (1000 ms),
     * so its timer fires first however late the loop runs. */
    ok(atomic_load(&quick.n) >= 1, "quick ran (%d times)", atomic_load(&quick.n));
    ok(starts_on_slots(&quick, base, 300, 50), "quick never started before its slot");
    ok(atomic_load(&slow.n) >= 1, "slow ran (%d times)", atomic_load(&slow.n));
    ok(starts_on_slots(&slow, base, 0, 50), "slow never started before its slot");
    is_int(overlap, 0, "a step never overlaps the same job's previous one");

    /* Late starts are skipped, not queued: each slow start comes after the
     * previous step ended, so the window holds at most one per 250 ms. */
    int late_ok = 1, n = atomic_load(&slow.n);
    for (int k = 1; k < n && k < STARTS_MAX; k++)
        late_ok &= slow.start_ms[k] >= slow.end_ms[k - 1];
    ok(late_ok, "each slow step started after the previous one ended");
    ok((uint64_t)n <= (stopped_ms - base) / 250 + 1,
       "slow's late starts were skipped (%d in %llu ms)", n,
       (unsigned long long)(stopped_ms - base));

    /* Nothing starts after stop: the last start is before the stop, and no
     * step runs once uv_run has returned. */
    int q = atomic_load(&quick.n) < STARTS_MAX ? atomic_load(&quick.n) : STARTS_MAX;
    ok(q == 0 || quick.start_ms[q - 1] <= stopped_ms, "quick's last start before the stop");
    int before = atomic_load(&quick.n);
    usleep(200 * 1000);
    is_int(atomic_load(&quick.n), before, "nothing runs after stop");
    uv_loop_close(&loop);
    return done_testing();
}
