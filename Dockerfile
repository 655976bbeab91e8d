FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml constraints.txt README.md LICENSE ./
COPY actorgraph ./actorgraph
COPY graph ./graph
COPY extract ./extract
COPY api ./api
RUN pip install --no-cache-dir -c constraints.txt .
EXPOSE 8000
CMD ["actorgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
