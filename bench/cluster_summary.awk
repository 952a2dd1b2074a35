# cluster_summary.awk: the summary of one bench/cluster.sh run, from its RESULT lines.
#   awk -f bench/cluster_summary.awk results.txt
function kv(start,   i, a) { delete v; for (i = start; i <= NF; i++) { split($i, a, "="); v[a[1]] = a[2] } }
/^RESULT cluster / {
  kv(3); n = v["name"]; names[++nn] = n
  for (k in v) c[n, k] = v[k]
}
/^RESULT node / {
  kv(3); n = v["name"]; nodes[n] = nodes[n] " " v["node"]
  rss[n, v["node"]] = v["rss_bytes_per_sub"]; nsubs[n, v["node"]] = v["subs"]
}
END {
  if (!nn) { print "no cluster result (see the logs)"; exit }
  printf "%-8s %5s %7s %6s %9s %11s %8s %8s %9s %9s %7s %s\n", "store", "nodes", "subs", "posts", "deliv/s",
    "got_all", "p50_ms", "p99_ms", "cpu_us", "db_cpu_us", "B/del", "rssB/sub per node"
  for (i = 1; i <= nn; i++) {
    n = names[i]; r = ""
    m = split(nodes[n], nl, " ")
    for (j = 1; j <= m; j++) r = r (j > 1 ? " " : "") rss[n, nl[j]]
    printf "%-8s %5s %7s %6s %9s %11s %8.1f %8.1f %9s %9s %7s %s\n", n == "pg" ? "postgres" : n, c[n, "nodes"],
      c[n, "subs"], c[n, "posts"], c[n, "deliveries_per_s"], c[n, "complete_subs"] "/" c[n, "subs"],
      c[n, "p50_us"] / 1000, c[n, "p99_us"] / 1000, c[n, "cpu_us_per_delivery"], c[n, "db_cpu_us_per_delivery"],
      c[n, "bytes_per_delivery"], r
  }
  print ""
  print "got_all: subscribers that received every acknowledged post; cpu_us: user+sys of all crier nodes per"
  print "delivery, from the first post until every process had its last; db_cpu_us: PostgreSQL's, apart"
  if (("pg", "cpu_us_per_delivery") in c && ("sqlite", "cpu_us_per_delivery") in c && c["sqlite", "cpu_us_per_delivery"] + 0 > 0) {
    a = c["pg", "cpu_us_per_delivery"]; b = c["sqlite", "cpu_us_per_delivery"]
    printf "\ncpu per delivery, cluster on PostgreSQL / one node on SQLite: %.2fx (%.3f / %.3f us)", a / b, a, b
    if (c["pg", "db_cpu_us_per_delivery"] != "NA")
      printf "; with PostgreSQL's own CPU: %.2fx", (a + c["pg", "db_cpu_us_per_delivery"]) / b
    printf "\n"
  }
  for (i = 1; i <= nn; i++) {
    n = names[i]
    ok = c[n, "complete_subs"] == c[n, "subs"] && c[n, "deliveries"] == c[n, "expected"] && c[n, "subs"] > 0
    printf "%s: every subscriber got every post: %s\n", n, ok ? "yes" : "NO (" c[n, "deliveries"] " of " c[n, "expected"] " deliveries)"
  }
}
