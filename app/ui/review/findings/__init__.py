"""The findings page: findings by kind with their evidence, the finding editor, and the answers
to the enquiry questions."""
