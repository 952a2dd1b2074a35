/* jobs: periods, the first start, no overlapping steps, and stop. */
#include <stdatomic.h>
#include <unistd.h>
#include <uv.h>

#include "jobs.h"
#include "tap.h"

static atomic_int quick, slow, slow_running, overlap;

static void quick_step(void *arg)
{
    (void)arg;
    quick++;
}

static void slow_step(void *arg)
{
    (void)arg;
    if (atomic_fetch_add(&slow_running, 1) != 0)
        overlap = 1;
    usleep(250 * 1000); /* longer than its period */
    slow++;
    atomic_fetch_sub(&slow_running, 1);
}

static void on_stop(uv_timer_t *t)
{
    jobs_stop(t->data);
    uv_close((uv_handle_t *)t, NULL);
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
    is_int(jobs_start(&js, &loop, table, 2), 0, "started");
    uv_timer_init(&loop, &stop);
    stop.data = &js;
    uv_timer_start(&stop, on_stop, 1000, 0);
    uv_run(&loop, UV_RUN_DEFAULT); /* returns once stopped and the last steps are done */
    ok(quick >= 5 && quick <= 15, "quick ran about every 50 ms from 300 ms on (%d times)",
       (int)quick);
    ok(slow >= 2 && slow <= 5, "slow ran back to back, its late starts skipped (%d times)",
       (int)slow);
    is_int(overlap, 0, "a step never overlaps the same job's previous one");
    int before = quick;
    usleep(200 * 1000);
    is_int(quick, before, "nothing runs after stop");
    uv_loop_close(&loop);
    return done_testing();
}
