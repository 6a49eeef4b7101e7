# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.333333	22986	22986	22986
0.666667	23244	23244	23244
1.66667	24186	24186	24186
2.66667	21832	21832	21832
3.66667	27783	27783	27783
4.66667	19658	19658	19658
5.66667	15760	15760	15760
EOD
$d1 << EOD
-0.2	2696	2696	2696
0.8	8627	8627	8627
1.8	4279	4279	4279
2.8	3728	3728	3728
3.8	14106	14106	14106
4.8	4919	4919	4919
5.8	4258	4258	4258
EOD
$d2 << EOD
-0.0666667	1062	1062	1062
0.933333	1502	1502	1502
1.93333	3818	3818	3818
2.93333	1344	1344	1344
3.93333	24596	24596	24596
4.93333	1032	1032	1032
5.93333	1152	1152	1152
EOD
$d3 << EOD
0.0666667	44053	44053	44053
1.06667	41048	41048	41048
2.06667	46108	46108	46108
3.06667	41470	41470	41470
4.06667	112063	112063	112063
5.06667	58101	58101	58101
6.06667	50316	50316	50316
EOD
$d4 << EOD
0.2	1533	1533	1533
1.2	2386	2386	2386
2.2	6553	6553	6553
3.2	3978	3978	3978
4.2	24277	24277	24277
5.2	2545	2545	2545
6.2	4990	4990	4990
EOD
$d5 << EOD
0.333333	20970	20970	20970
1.33333	26531	26531	26531
2.33333	28134	28134	28134
3.33333	28865	28865	28865
4.33333	63891	63891	63891
6.33333	25950	25950	25950
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 92d80755a507 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-06T12:12:03Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [764.444:151285]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (1000, 2000, 5000, 10000, 20000, 50000, 100000)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0", \
     $d4 using 1:2 with points lc rgb "#D55E00" pt 2 ps PS lw 1.2 title "peer_alex", \
     $d5 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "peer_lipp"
