# Gradient Lab container image.
#   docker build -t gradient-lab .
#   docker run -p 8080:8080 gradient-lab
# The build stage runs exactly the production build that CI runs outside Docker; the committed frontend bundle
# makes it independent of Node.

FROM eclipse-temurin:21-jdk AS build
WORKDIR /workspace
COPY mvnw pom.xml ./
COPY .mvn/ .mvn/
COPY frontend/ frontend/
COPY src/ src/
RUN ./mvnw -B -Pproduction -DskipTests package

FROM eclipse-temurin:21-jre
RUN groupadd --system gradientlab \
    && useradd --system --gid gradientlab --home-dir /app --shell /usr/sbin/nologin gradientlab \
    && mkdir -p /app/data \
    && chown -R gradientlab:gradientlab /app
WORKDIR /app
COPY --from=build /workspace/target/gradient-lab-*.jar /tmp/gradient-lab.jar
COPY docs/bench/prepare-jar.sh /tmp/prepare-jar.sh
# Spring Boot's extracted layout plus a class-data sharing archive from a training run in this very JRE: start-up
# drops from ~13 s to ~8 s on two cores. CI runs the same script on the jar it builds.
RUN JAVA_HOME=/opt/java/openjdk bash /tmp/prepare-jar.sh /tmp/gradient-lab.jar /app/application \
    && rm /tmp/gradient-lab.jar /tmp/prepare-jar.sh \
    && chown -R gradientlab:gradientlab /app
USER gradientlab
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
EXPOSE 8080
VOLUME ["/app/data"]
# The JRE image has no HTTP client; bash's /dev/tcp asks Spring Boot's health endpoint directly.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /actuator/health HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && grep -q '\"status\":\"UP\"' <&3"]
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application/app.jsa", "-jar", "/app/application/gradient-lab.jar"]
