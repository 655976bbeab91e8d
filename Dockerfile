# The actorgraph API (and CLI) on Python 3.11; docker-compose.yml runs it next to Neo4j.
FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md LICENSE ./
COPY actorgraph ./actorgraph
COPY graph ./graph
COPY extract ./extract
COPY api ./api
RUN pip install --no-cache-dir -c constraints.txt . \
    && useradd --system --create-home --home-dir /home/actorgraph --uid 10001 actorgraph \
    && mkdir -p /data \
    && chown actorgraph:actorgraph /data
# The API needs no root: it only reads /corpus, writes /data (embedded store) and talks Bolt.
USER actorgraph
ENV ACTORGRAPH_DATA_DIR=/data
EXPOSE 8000
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=5 \
    CMD ["python", "-c", "import sys, urllib.request; sys.exit(0 if urllib.request.urlopen('http://127.0.0.1:8000/ready', timeout=4).status == 200 else 1)"]
CMD ["actorgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
