# Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	20790	20790	20790
0.79	23154	23154	23154
1.79	23816	23816	23816
2.79	21891	21891	21891
3.79	26609	26609	26609
4.79	22233	22233	22233
5.79	22203	22203	22203
EOD
$d1 << EOD
-0.07	14007	14007	14007
0.93	15420	15420	15420
1.93	13526	13526	13526
2.93	883432	883432	883432
3.93	24136	24136	24136
4.93	13896	13896	13896
5.93	12795	12795	12795
EOD
$d2 << EOD
0.07	12935	12935	12935
1.07	14618	14618	14618
2.07	17654	17654	17654
3.07	14327	14327	14327
4.07	24947	24947	24947
5.07	14057	14057	14057
6.07	15449	15449	15449
EOD
$d3 << EOD
0.21	109428	109428	109428
1.21	80863	80863	80863
2.21	80843	80843	80843
3.21	59122	59122	59122
4.21	1.80566e+06	1.80566e+06	1.80566e+06
5.21	90663	90663	90663
6.21	74122	74122	74122
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, lognormal:10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 8b71512f9a07 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T23:19:17Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [9477.78:2.43764e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics (10000, 20000, 50000, 100000, 200000, 500000, 1e+06, 2e+06)
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
