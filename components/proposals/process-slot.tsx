// The consent process of a proposal (steps, current round, answers): another module fills it in.
// The proposal page already renders this slot below the proposal itself; it renders nothing for now.
export function ProposalProcess(props: { slug: string; proposalId: string }) {
  void props;
  return null;
}
