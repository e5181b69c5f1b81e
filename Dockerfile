# The engine as an image for docker-compose.yml (remote partitioning, issue 11). Build the jar first:
#   mvn -B -q package -DskipTests && docker compose build
FROM eclipse-temurin:17-jre
WORKDIR /opt/lpg
COPY target/lpg-engine.jar /opt/lpg/lpg-engine.jar
COPY parameters-xlsx /opt/lpg/parameters-xlsx
# no root inside: the worker's copy of a delivery (--cache) holds personal data
RUN useradd --system --home /opt/lpg lpg && mkdir -p /opt/lpg/cache /out && chown lpg /opt/lpg/cache /out
USER lpg
# the heap of bin/lpg: 512 MB, the parallel collector and a fixed young generation, so the peak heap does not grow with
# the size of the delivery; C2 alone, as bin/lpg compiles a long run (workers and managers of large deliveries: 10-15%
# faster from 40,000 IKVs on, README, Benchmark)
ENV LPG_JAVA_OPTS="-Xmx512m -XX:+UseParallelGC -Xmn160m -XX:SurvivorRatio=6 -XX:MaxTenuringThreshold=15 -XX:-UseAdaptiveSizePolicy -XX:-TieredCompilation"
ENTRYPOINT ["sh", "-c", "exec java $LPG_JAVA_OPTS -jar /opt/lpg/lpg-engine.jar \"$@\"", "lpg"]
