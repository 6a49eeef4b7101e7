# Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)
# (data blocks first; terminal and output are set by the caller)
$d0 << EOD
-0.21	23085	23085	23085
0.79	26061	26061	26061
1.79	26050	26050	26050
2.79	25118	25118	25118
3.79	28264	28264	28264
4.79	23766	23766	23766
5.79	23205	23205	23205
EOD
$d1 << EOD
-0.07	14547	14547	14547
0.93	16672	16672	16672
1.93	15801	15801	15801
2.93	2.66771e+06	2.66771e+06	2.66771e+06
3.93	26130	26130	26130
4.93	16822	16822	16822
5.93	18916	18916	18916
EOD
$d2 << EOD
0.07	24266	24266	24266
1.07	23654	23654	23654
2.07	24447	24447	24447
3.07	22513	22513	22513
4.07	27994	27994	27994
5.07	20470	20470	20470
6.07	20479	20479	20479
EOD
$d3 << EOD
0.21	70834	70834	70834
1.21	60074	60074	60074
2.21	62819	62819	62819
3.21	51397	51397	51397
4.21	129976	129976	129976
5.21	122332	122332	122332
6.21	54002	54002	54002
EOD
if (!exists("PS")) PS = 1.1  # point size; the SVG terminal draws points larger
set termoption noenhanced
set datafile separator "\t"
set title "Read-write mixes, genome_10M: p99.9 latency, ns (lower is better)" font ",12"
set border 3 lc rgb "#333333"
set tics nomirror out
set grid ytics lc rgb "#dddddd" lt 1 lw 0.8
set label 99 "omen 51551cee61c5 | AMD EPYC, 2 cores | gcc-compatible 12.2.0 | 2026-12-05T22:57:08Z | seed 1, 5 passes" at screen 0.005, screen 0.012 left font ",8" tc rgb "#444444"
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
set yrange [10775.6:3.60141e+06]
set format y "%g"
set ylabel "ns (p99.9) (log scale)"
set ytics autofreq
plot $d0 using 1:2 with points lc rgb "#56B4E9" pt 12 ps PS lw 1.2 title "btree_dyn", \
     $d1 using 1:2 with points lc rgb "#E69F00" pt 4 ps PS lw 1.2 title "dpgm", \
     $d2 using 1:2 with points lc rgb "#0072B2" pt 8 ps PS lw 1.2 title "gapped", \
     $d3 using 1:2 with points lc rgb "#666666" pt 6 ps PS lw 1.2 dt 2 title "rocksdb wal=0"
