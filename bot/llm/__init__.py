"""The language-model seam: the OpenAI-compatible client, prompts, the model's answer, verification."""
