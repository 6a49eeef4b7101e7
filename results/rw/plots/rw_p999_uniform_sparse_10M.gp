# Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	24557	24557	24557
0.666667	24457	24457	24457
1.66667	24698	24698	24698
2.66667	25129	25129	25129
3.66667	27643	27643	27643
4.66667	24297	24297	24297
5.66667	15771	15771	15771
EOD
$d1 << EOD
-0.2	9178	9178	9178
0.8	10781	10781	10781
1.8	11542	11542	11542
2.8	844379	844379	844379
3.8	24337	24337	24337
4.8	10862	10862	10862
5.8	10632	10632	10632
EOD
$d2 << EOD
-0.0666667	1714	1714	1714
0.933333	1343	1343	1343
1.93333	1283	1283	1283
2.93333	1313	1313	1313
3.93333	26441	26441	26441
4.93333	1554	1554	1554
5.93333	3478	3478	3478
EOD
$d3 << EOD
0.0666667	48463	48463	48463
1.06667	53180	53180	53180
2.06667	48370	48370	48370
3.06667	49304	49304	49304
4.06667	90763	90763	90763
5.06667	57860	57860	57860
6.06667	69794	69794	69794
EOD
$d4 << EOD
0.2	1041	1041	1041
1.2	14036	14036	14036
2.2	15490	15490	15490
3.2	14677	14677	14677
4.2	23946	23946	23946
5.2	9800	9800	9800
6.2	1784	1784	1784
EOD
$d5 << EOD
0.333333	27634	27634	27634
1.33333	29267	29267	29267
2.33333	33474	33474	33474
3.33333	42752	42752	42752
4.33333	59123	59123	59123
6.33333	32231	32231	32231
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, uniform_sparse:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen ee6521c0f5ad | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T03:03:20Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
set bmargin 6
set key outside right top vertical Left reverse samplen 1.2 spacing 1.15 font ",9"
set xtics ("rw:90" 0, "rw:50" 1, "rw:10" 2, "rw:0" 3, "scan:100" 4, "delete:10" 5, "shift" 6)
set xtics rotate by 30 right
set xrange [-0.6:6.6]
set arrow from 0.5, graph 0 to 0.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 1.5, graph 0 to 1.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 2.5, graph 0 to 2.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 3.5, graph 0 to 3.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 4.5, graph 0 to 4.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set arrow from 5.5, graph 0 to 5.5, graph 1 nohead lc rgb "#cccccc" lw 0.8
set logscale y 10
set yrange [771.111:1.13991e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
